package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentContent;
import org.ccmportal.vault.api.DocumentNotFoundException;
import org.ccmportal.vault.api.DocumentPage;
import org.ccmportal.vault.api.DocumentSummary;
import org.ccmportal.vault.api.InboxFacade;
import org.ccmportal.vault.api.InboxFilter;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentQuery;
import org.ccmportal.vault.domain.model.document.DocumentRepository;
import org.ccmportal.vault.domain.model.document.DocumentStore;
import org.ccmportal.vault.domain.model.document.StoredObject;
import org.ccmportal.vault.infrastructure.jpa.VaultPersistence;

/**
 * The inbox. The customer is always the one in the token; a document of someone else is answered
 * exactly like a document that does not exist. Only the display window is listed. Bytes are checked
 * against their recorded SHA-256 before they are served; a mismatch is refused and archived as an
 * {@code INTEGRITY_FAILURE} audit event.
 */
@ApplicationScoped
@Transactional
public class DefaultInboxService implements InboxFacade {
  private static final Logger LOG = Logger.getLogger(DefaultInboxService.class.getName());
  private static final int MAX_PAGE = 100;

  @Inject DocumentRepository documents;
  @Inject DocumentStore store;
  @Inject VaultPersistence persistence;
  @Inject IntegrityAudit integrity;

  private final InboxWindow window = InboxWindow.fromEnvironment();

  @Override
  public DocumentPage list(Actor actor, InboxFilter filter, int offset, int limit) {
    String customer = customerOf(actor);
    int safeOffset = Math.max(0, offset);
    int safeLimit = Math.min(MAX_PAGE, Math.max(1, limit));
    DocumentQuery query =
        window.query(customer, filter == null ? InboxFilter.none() : filter, Instant.now());
    var items =
        documents.find(query, safeOffset, safeLimit).stream()
            .map(DefaultInboxService::summary)
            .toList();
    return new DocumentPage(items, documents.count(query), safeOffset, safeLimit);
  }

  /** The integrity failure is audited in this transaction, so it must commit despite the throw. */
  @Override
  @Transactional(dontRollbackOn = DocumentIntegrityException.class)
  public DocumentContent open(Actor actor, UUID documentId) {
    return open(actor, documentId, false);
  }

  @Override
  @Transactional(dontRollbackOn = DocumentIntegrityException.class)
  public DocumentContent open(Actor actor, UUID documentId, boolean download) {
    Document document = owned(actor, documentId);
    byte[] bytes = store.get(document.object().key());
    String actual = StoredObject.sha256Of(bytes);
    if (!actual.equals(document.object().sha256())) {
      integrity.failure(document, actual, actor.subject());
      throw new DocumentIntegrityException(documentId);
    }
    Instant now = Instant.now();
    document.markRead(now);
    persistence.add(
        new DeliveryEvent(
            document.id(),
            Channel.PORTAL,
            download ? DeliveryEvent.Status.DOWNLOADED : DeliveryEvent.Status.VIEWED,
            null,
            now));
    return new DocumentContent(summary(document), fileName(document), bytes);
  }

  @Override
  public void markRead(Actor actor, UUID documentId, boolean read) {
    Document document = owned(actor, documentId);
    if (read) {
      document.markRead(Instant.now());
    } else {
      document.markUnread();
    }
  }

  @Override
  public long unreadCount(Actor actor) {
    return documents.count(
        window.query(
            customerOf(actor), new InboxFilter(null, null, null, false, null), Instant.now()));
  }

  private Document owned(Actor actor, UUID documentId) {
    String customer = customerOf(actor);
    return documents
        .find(documentId)
        .filter(d -> d.isOwnedBy(customer))
        .orElseThrow(
            () -> {
              LOG.info(() -> "denied document access subject=" + actor.subject());
              return new DocumentNotFoundException();
            });
  }

  private static String customerOf(Actor actor) {
    if (actor == null || !actor.hasRole("customer") || actor.customerId() == null) {
      throw new AccessDeniedException("the inbox is for customers");
    }
    return actor.customerId();
  }

  static DocumentSummary summary(Document d) {
    return new DocumentSummary(
        d.id(),
        d.type(),
        d.title(),
        d.issuedAt(),
        d.object().size(),
        d.isRead(),
        d.object().sha256());
  }

  /** A safe file name: the document type and issue date, never user input. */
  static String fileName(Document d) {
    return d.type().name().toLowerCase().replace('_', '-')
        + "-"
        + d.issuedAt().atOffset(ZoneOffset.UTC).toLocalDate()
        + ".pdf";
  }
}
