package org.ccmportal.archive.domain.merkle;

import java.time.Instant;
import java.util.Objects;

/**
 * What a leaf of the Merkle log says about one archived record: the envelope and the hashes of the
 * content and of the consent snapshot, never the content itself. Encoded by {@link LeafEncoding}.
 *
 * @param eventId idempotency key of the archived event
 * @param kind what was archived
 * @param customerId customer concerned, or null
 * @param category communication category, or null
 * @param channel channel, or null
 * @param templateId template id, or null
 * @param templateVersion template version, or null
 * @param dataSha256 lower-case hex SHA-256 of the data record, or null
 * @param consentSnapshotSha256 lower-case hex SHA-256 of the UTF-8 consent snapshot, or null
 * @param occurredAt when the event happened (microsecond precision)
 * @param contentType media type of the content
 * @param contentSha256 lower-case hex SHA-256 of the content
 * @param contentSize content length in bytes
 */
public record LeafEnvelope(
    String eventId,
    String kind,
    String customerId,
    String category,
    String channel,
    String templateId,
    Integer templateVersion,
    String dataSha256,
    String consentSnapshotSha256,
    Instant occurredAt,
    String contentType,
    String contentSha256,
    long contentSize) {

  public LeafEnvelope {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(contentSha256, "contentSha256");
  }
}
