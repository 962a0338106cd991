package org.ccmportal.archive.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who and what an archived communication or event is about, checked for what the archive can keep:
 * bounded lengths, a well-formed data hash, and an occurrence time truncated to the microsecond
 * (the precision the database keeps, so a leaf recomputed from a row matches).
 *
 * @param eventId idempotency key, 1 to 255 characters
 * @param kind what is archived, 1 to 64 characters
 * @param customerId customer concerned, up to 255 characters, or null
 * @param category communication category, up to 64 characters, or null
 * @param channel channel, up to 64 characters, or null
 * @param templateId template id, up to 255 characters, or null
 * @param templateVersion template version (not negative), or null
 * @param dataSha256 SHA-256 of the data record, or null
 * @param consentSnapshot consent in force (JSON text), or null
 * @param occurredAt when the event happened
 * @param contentType media type, 1 to 255 characters
 */
public record ArchiveEnvelope(
    String eventId,
    String kind,
    String customerId,
    String category,
    String channel,
    String templateId,
    Integer templateVersion,
    Sha256 dataSha256,
    String consentSnapshot,
    Instant occurredAt,
    String contentType) {

  public ArchiveEnvelope {
    required("eventId", eventId, 255);
    required("kind", kind, 64);
    optional("customerId", customerId, 255);
    optional("category", category, 64);
    optional("channel", channel, 64);
    optional("templateId", templateId, 255);
    required("contentType", contentType, 255);
    if (templateVersion != null && templateVersion < 0) {
      throw new IllegalArgumentException("templateVersion: must not be negative");
    }
    Objects.requireNonNull(occurredAt, "occurredAt");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
  }

  private static void required(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": required");
    }
    optional(field, value, maxLength);
  }

  private static void optional(String field, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new IllegalArgumentException(field + ": at most " + maxLength + " characters");
    }
  }
}
