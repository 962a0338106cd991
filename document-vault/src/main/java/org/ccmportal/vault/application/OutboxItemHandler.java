package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.vault.application.delivery.DeliveryPlanner;
import org.ccmportal.vault.domain.model.delivery.OutboxItem;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;
import org.ccmportal.vault.domain.model.document.DocumentStore;
import org.ccmportal.vault.infrastructure.jpa.VaultPersistence;

/**
 * Carries out one outbox item in its own transaction: archive the document, or queue its delivery
 * on the channels the preference center chooses (one delivery item per channel, committed with the
 * outbox item's completion). A failure rolls the attempt back and is then recorded on the item in a
 * separate transaction.
 */
@ApplicationScoped
public class OutboxItemHandler {

  @Inject VaultPersistence persistence;
  @Inject DocumentRepository documents;
  @Inject DocumentStore store;
  @Inject ArchiveService archive;
  @Inject DeliveryPlanner planner;
  @Inject ConsentService consents;

  /** Handles the item; false when it was not pending or another worker holds it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean handle(long itemId) {
    OutboxItem item = persistence.claim(itemId).orElse(null);
    if (item == null) {
      return false;
    }
    Document document =
        documents
            .find(item.documentId())
            .orElseThrow(() -> new IllegalStateException("document of outbox item is missing"));
    switch (item.kind()) {
      case ARCHIVE -> archive(document);
      case NOTIFY -> deliver(document);
    }
    item.succeeded();
    return true;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(long itemId, Exception cause) {
    persistence
        .claim(itemId)
        .ifPresent(
            item ->
                item.failed(
                    cause.getClass().getSimpleName() + ": " + cause.getMessage(), Instant.now()));
  }

  private void archive(Document document) {
    byte[] bytes = store.get(document.object().key());
    archive.append(
        new ArchiveEntry(
            "vault-document:" + document.id(),
            "COMMUNICATION",
            document.customerId(),
            document.type().category().name(),
            null,
            document.templateId(),
            document.templateVersion(),
            document.dataSha256(),
            consentSnapshot(document.customerId()),
            document.issuedAt(),
            "application/pdf",
            bytes));
  }

  /** The customer's consents in force, as the archive keeps them with a communication. */
  private String consentSnapshot(String customerId) {
    JsonArrayBuilder entries = Json.createArrayBuilder();
    consents.current(customerId).values().stream()
        .sorted(Comparator.comparing(e -> e.purpose().name()))
        .forEach(
            e ->
                entries.add(
                    Json.createObjectBuilder()
                        .add("purpose", e.purpose().name())
                        .add("decision", e.decision().name())
                        .add("textVersion", e.textVersion())
                        .add("textSha256", e.textSha256())
                        .add("recordedAt", e.recordedAt().toString())));
    return Json.createObjectBuilder().add("consents", entries).build().toString();
  }

  /**
   * Queues the document's delivery per channel (see {@link DeliveryPlanner}); the sending happens
   * later, item by item, so a slow or failing channel never holds up the others.
   */
  private void deliver(Document document) {
    planner.plan(document, Instant.now());
  }
}
