package org.ccmportal.archive.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing to archive: a communication (document bytes, message body) or an event, with its
 * envelope. The {@code eventId} makes appending idempotent: the same event is archived once.
 *
 * @param eventId unique id of the event that produced this entry (idempotency key)
 * @param kind what it is, e.g. {@code COMMUNICATION}, {@code DELIVERY_EVENT}, {@code CONSENT}
 * @param customerId the customer it concerns, or null for events about no customer
 * @param category communication category (e.g. {@code STATEMENTS}), or null
 * @param channel channel (e.g. {@code PORTAL}, {@code EMAIL}), or null
 * @param templateId template id, or null
 * @param templateVersion template version, or null
 * @param dataSha256 hex SHA-256 of the data record the content was made from, or null
 * @param consentSnapshot the consent state in force (JSON text), or null
 * @param occurredAt when the event happened
 * @param contentType media type of {@code content}
 * @param content the bytes to keep (PDF, message body, event JSON)
 */
public record ArchiveEntry(
    String eventId,
    String kind,
    String customerId,
    String category,
    String channel,
    String templateId,
    Integer templateVersion,
    String dataSha256,
    String consentSnapshot,
    Instant occurredAt,
    String contentType,
    byte[] content) {

  public ArchiveEntry {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
  }
}
