package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.DeliveryItemRepository;
import org.ccmportal.vault.domain.model.delivery.NoticeMessage;
import org.ccmportal.vault.domain.model.document.Document;

/**
 * Records what happened on a channel: a {@code vault.delivery_event} row, appended to the archive
 * as a {@code DELIVERY_EVENT} in the same transaction. Archive event ids are {@code
 * vault-delivery:<document>:<channel>:<status>} for what happens once per channel (available,
 * queued, sent, cancelled) and end with the event's row id for what may repeat (failed and dead
 * attempts, a staff retry), so every attempt is its own archive record.
 */
@ApplicationScoped
public class DeliveryEvents {

  @Inject DeliveryItemRepository items;
  @Inject ArchiveService archive;

  /**
   * @param once whether this status happens once per document and channel (then its archive id has
   *     no row id)
   */
  public void record(
      Document document,
      Channel channel,
      String reason,
      DeliveryEvent.Status status,
      String detail,
      Instant now,
      boolean once) {
    DeliveryEvent event = new DeliveryEvent(document.id(), channel, status, detail, now);
    items.add(event);
    String eventId = "vault-delivery:" + document.id() + ":" + channel + ":" + status;
    if (!once) {
      eventId += ":" + event.id();
    }
    String json =
        Json.createObjectBuilder()
            .add("documentId", document.id().toString())
            .add("channel", channel.name())
            .add("status", status.name())
            .add("reason", reason)
            .add("detail", detail == null ? "" : detail)
            .add("occurredAt", now.toString())
            .build()
            .toString();
    archive.append(
        envelope(
            eventId,
            "DELIVERY_EVENT",
            document,
            channel,
            now,
            "application/json",
            json.getBytes(StandardCharsets.UTF_8)));
  }

  /** The message as sent, so the archive holds exactly what the customer received. */
  public void message(Document document, Channel channel, NoticeMessage message, Instant now) {
    archive.append(
        envelope(
            "vault-message:" + document.id() + ":" + channel,
            "MESSAGE",
            document,
            channel,
            now,
            "text/plain; charset=UTF-8",
            message.asText().getBytes(StandardCharsets.UTF_8)));
  }

  private static ArchiveEntry envelope(
      String eventId,
      String kind,
      Document document,
      Channel channel,
      Instant now,
      String contentType,
      byte[] content) {
    return new ArchiveEntry(
        eventId,
        kind,
        document.customerId(),
        document.type().category().name(),
        channel.name(),
        document.templateId(),
        document.templateVersion(),
        document.dataSha256(),
        null,
        now,
        contentType,
        content);
  }
}
