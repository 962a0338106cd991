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
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;
import org.ccmportal.vault.domain.model.document.DocumentStore;
import org.ccmportal.vault.domain.model.document.StoredObject;
import org.ccmportal.vault.infrastructure.jpa.VaultPersistence;

/**
 * The inbox. The customer is always the one in the token; a document of someone else is answered
 * exactly like a document that does not exist. Bytes are checked against their recorded SHA-256
 * before they are served.
 */
@ApplicationScoped
@Transactional
public class DefaultInboxService implements InboxFacade {
  private static final Logger LOG = Logger.getLogger(DefaultInboxService.class.getName());
  private static final int MAX_PAGE = 100;

  @Inject DocumentRepository documents;
  @Inject DocumentStore store;
  @Inject VaultPersistence persistence;

  @Override
  public DocumentPage list(Actor actor, int offset, int limit) {
    String customer = customerOf(actor);
    int safeOffset = Math.max(0, offset);
    int safeLimit = Math.min(MAX_PAGE, Math.max(1, limit));
    var items =
        documents.findByCustomer(customer, safeOffset, safeLimit).stream()
            .map(DefaultInboxService::summary)
            .toList();
    return new DocumentPage(items, documents.countByCustomer(customer), safeOffset, safeLimit);
  }

  @Override
  public DocumentContent open(Actor actor, UUID documentId) {
    String customer = customerOf(actor);
    Document document =
        documents
            .find(documentId)
            .filter(d -> d.isOwnedBy(customer))
            .orElseThrow(
                () -> {
                  LOG.info(() -> "denied document access subject=" + actor.subject());
                  return new DocumentNotFoundException();
                });
    byte[] bytes = store.get(document.object().key());
    if (!StoredObject.sha256Of(bytes).equals(document.object().sha256())) {
      LOG.severe(() -> "integrity failure: stored bytes do not match document " + documentId);
      throw new DocumentIntegrityException(documentId);
    }
    Instant now = Instant.now();
    document.markRead(now);
    persistence.add(
        new DeliveryEvent(document.id(), Channel.PORTAL, DeliveryEvent.Status.VIEWED, null, now));
    return new DocumentContent(summary(document), fileName(document), bytes);
  }

  @Override
  public long unreadCount(Actor actor) {
    return documents.countUnread(customerOf(actor));
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
