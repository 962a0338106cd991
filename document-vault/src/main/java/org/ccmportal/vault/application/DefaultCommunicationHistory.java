package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.CommunicationHistory;
import org.ccmportal.vault.api.CommunicationHistoryFacade;
import org.ccmportal.vault.api.DocumentContent;
import org.ccmportal.vault.api.DocumentNotFoundException;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;
import org.ccmportal.vault.domain.model.document.DocumentStore;
import org.ccmportal.vault.domain.model.document.StoredObject;
import org.ccmportal.vault.infrastructure.jpa.VaultPersistence;

/**
 * The communication history service staff see when a customer calls: every document (not only the
 * inbox window), newest first, with its delivery events. Staff opening a customer's document is
 * archived ({@code STAFF_DOCUMENT_ACCESS}: who, which document, when) before the bytes are
 * returned; no audit, no document.
 */
@ApplicationScoped
@Transactional
public class DefaultCommunicationHistory implements CommunicationHistoryFacade {
  private static final Logger LOG = Logger.getLogger(DefaultCommunicationHistory.class.getName());
  private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  static final int MAX_LIMIT = 100;

  @Inject VaultPersistence persistence;
  @Inject DocumentRepository documents;
  @Inject DocumentStore store;
  @Inject ArchiveService archive;
  @Inject IntegrityAudit integrity;

  @Override
  public CommunicationHistory history(Actor actor, String customerId, int offset, int limit) {
    requireServiceStaff(actor);
    String customer = customerId(customerId);
    if (offset < 0) {
      throw new InvalidRequestException("offset", "offset must be 0 or more");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit", "limit must be from 1 to " + MAX_LIMIT);
    }
    List<Document> page = persistence.customerDocuments(customer, offset, limit);
    Map<UUID, List<CommunicationHistory.Event>> events =
        persistence.events(page.stream().map(Document::id).toList()).stream()
            .collect(
                Collectors.groupingBy(
                    DeliveryEvent::documentId,
                    LinkedHashMap::new,
                    Collectors.mapping(DefaultCommunicationHistory::event, Collectors.toList())));
    List<CommunicationHistory.Item> items =
        page.stream()
            .map(
                d ->
                    new CommunicationHistory.Item(
                        d.id().toString(),
                        d.type().name(),
                        d.title(),
                        d.externalReference(),
                        d.issuedAt(),
                        d.readAt(),
                        events.getOrDefault(d.id(), List.of())))
            .toList();
    return new CommunicationHistory(
        customer, items, persistence.countCustomerDocuments(customer), offset, limit);
  }

  @Override
  public DocumentContent document(Actor actor, String customerId, UUID documentId) {
    requireServiceStaff(actor);
    String customer = customerId(customerId);
    Document document =
        documents
            .find(documentId)
            .filter(d -> d.isOwnedBy(customer))
            .orElseThrow(DocumentNotFoundException::new);
    byte[] bytes = store.get(document.object().key());
    String actual = StoredObject.sha256Of(bytes);
    if (!actual.equals(document.object().sha256())) {
      integrity.failure(document, actual, actor.subject());
      throw new DocumentIntegrityException(documentId);
    }
    auditAccess(document, actor);
    LOG.info(() -> "staff " + actor.subject() + " opened document " + documentId);
    return new DocumentContent(
        DefaultInboxService.summary(document), DefaultInboxService.fileName(document), bytes);
  }

  private void auditAccess(Document document, Actor actor) {
    Instant now = Instant.now();
    String json =
        Json.createObjectBuilder()
            .add("event", "STAFF_DOCUMENT_ACCESS")
            .add("documentId", document.id().toString())
            .add("customerId", document.customerId())
            .add("by", actor.subject())
            .add("roles", String.join(",", actor.roles()))
            .add("at", now.toString())
            .build()
            .toString();
    archive.append(
        new ArchiveEntry(
            "staff-access:" + document.id() + ":" + actor.subject() + ":" + now.toEpochMilli(),
            "STAFF_DOCUMENT_ACCESS",
            document.customerId(),
            document.type().category().name(),
            null,
            document.templateId(),
            document.templateVersion(),
            document.dataSha256(),
            null,
            now,
            "application/json",
            json.getBytes(StandardCharsets.UTF_8)));
  }

  private static CommunicationHistory.Event event(DeliveryEvent e) {
    return new CommunicationHistory.Event(
        e.channel().name(), e.status().name(), e.detail(), e.occurredAt());
  }

  private static String customerId(String id) {
    if (id == null || !CUSTOMER_ID.matcher(id).matches()) {
      throw new InvalidRequestException(
          "customerId", "customerId must be 1-64 letters, digits, '-' or '_'");
    }
    return id;
  }

  private static void requireServiceStaff(Actor actor) {
    if (actor == null || !(actor.hasRole("service") || actor.hasRole("admin"))) {
      throw new AccessDeniedException("the communication history is for service staff");
    }
  }
}
