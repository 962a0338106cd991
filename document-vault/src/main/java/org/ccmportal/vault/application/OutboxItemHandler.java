package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.NoticeSender;
import org.ccmportal.vault.domain.model.delivery.OutboxItem;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;
import org.ccmportal.vault.domain.model.document.DocumentStore;
import org.ccmportal.vault.infrastructure.jpa.VaultPersistence;

/**
 * Carries out one outbox item in its own transaction: archive the document, or deliver it on the
 * channels the preference center chooses. A failure rolls the attempt back and is then recorded on
 * the item in a separate transaction.
 */
@ApplicationScoped
public class OutboxItemHandler {

  @Inject VaultPersistence persistence;
  @Inject DocumentRepository documents;
  @Inject DocumentStore store;
  @Inject ArchiveService archive;
  @Inject ChannelResolver resolver;
  @Inject NoticeSender notices;

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
            null,
            document.issuedAt(),
            "application/pdf",
            bytes));
  }

  private void deliver(Document document) {
    Instant now = Instant.now();
    List<ChannelDecision> decisions =
        resolver.resolve(document.customerId(), document.type().category(), now);
    for (ChannelDecision decision : decisions) {
      switch (decision.channel()) {
        case PORTAL ->
            persistence.add(
                new DeliveryEvent(
                    document.id(),
                    decision.channel(),
                    DeliveryEvent.Status.AVAILABLE,
                    decision.reason(),
                    now));
        case EMAIL -> {
          notices.sendNewDocumentNotice(decision.address(), kindOf(document));
          persistence.add(
              new DeliveryEvent(
                  document.id(),
                  decision.channel(),
                  DeliveryEvent.Status.SENT,
                  decision.reason(),
                  now));
        }
        case SMS, PRINT ->
            persistence.add(
                new DeliveryEvent(
                    document.id(),
                    decision.channel(),
                    DeliveryEvent.Status.FAILED,
                    "no sender for this channel is configured yet",
                    now));
      }
    }
  }

  private static String kindOf(Document document) {
    return switch (document.type()) {
      case STATEMENT -> "statement";
      case REGULATORY_NOTICE -> "notice";
      case POLICY_DOCUMENT -> "policy document";
      case PAYMENT_REMINDER -> "payment reminder";
      case PRIVACY_NOTICE -> "privacy notice";
    };
  }
}
