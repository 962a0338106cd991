package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.NoticeMessage;
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

  private void deliver(Document document) {
    Instant now = Instant.now();
    List<ChannelDecision> decisions =
        resolver.resolve(document.customerId(), document.type().category(), now);
    for (ChannelDecision decision : decisions) {
      switch (decision.channel()) {
        case PORTAL ->
            record(document, decision, DeliveryEvent.Status.AVAILABLE, decision.reason(), now);
        case EMAIL -> {
          NoticeMessage message = NoticeMessage.newDocument(kindOf(document), portalUrl());
          notices.send(decision.address(), message);
          archiveMessage(document, decision, message, now);
          record(document, decision, DeliveryEvent.Status.SENT, decision.reason(), now);
        }
        case SMS, PRINT ->
            record(
                document,
                decision,
                DeliveryEvent.Status.FAILED,
                "no sender for this channel is configured yet",
                now);
      }
    }
  }

  /** A delivery event, kept in the vault and appended to the archive (idempotent by event id). */
  private void record(
      Document document,
      ChannelDecision decision,
      DeliveryEvent.Status status,
      String detail,
      Instant now) {
    persistence.add(new DeliveryEvent(document.id(), decision.channel(), status, detail, now));
    String json =
        Json.createObjectBuilder()
            .add("documentId", document.id().toString())
            .add("channel", decision.channel().name())
            .add("status", status.name())
            .add("reason", decision.reason())
            .add("detail", detail == null ? "" : detail)
            .add("occurredAt", now.toString())
            .build()
            .toString();
    archive.append(
        envelope(
            "vault-delivery:" + document.id() + ":" + decision.channel() + ":" + status,
            "DELIVERY_EVENT",
            document,
            decision,
            now,
            "application/json",
            json.getBytes(StandardCharsets.UTF_8)));
  }

  /** The body of a message as sent, so the archive holds what the customer received. */
  private void archiveMessage(
      Document document, ChannelDecision decision, NoticeMessage message, Instant now) {
    String text = "Subject: " + message.subject() + "\n\n" + message.body();
    archive.append(
        envelope(
            "vault-message:" + document.id() + ":" + decision.channel(),
            "MESSAGE",
            document,
            decision,
            now,
            "text/plain; charset=UTF-8",
            text.getBytes(StandardCharsets.UTF_8)));
  }

  private static ArchiveEntry envelope(
      String eventId,
      String kind,
      Document document,
      ChannelDecision decision,
      Instant now,
      String contentType,
      byte[] content) {
    return new ArchiveEntry(
        eventId,
        kind,
        document.customerId(),
        document.type().category().name(),
        decision.channel().name(),
        document.templateId(),
        document.templateVersion(),
        document.dataSha256(),
        null,
        now,
        contentType,
        content);
  }

  private static String portalUrl() {
    return System.getenv().getOrDefault("CCM_PORTAL_URL", "http://localhost:8080");
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
