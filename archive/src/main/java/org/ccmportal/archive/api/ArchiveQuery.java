package org.ccmportal.archive.api;

import java.time.Instant;

/**
 * Filters of an archive search; null means no filter. {@code from} inclusive, {@code to} exclusive,
 * on when the archived event occurred; {@code kind} {@code AUDIT} lists the audit trail.
 */
public record ArchiveQuery(
    String customerId,
    Instant from,
    Instant to,
    String category,
    String channel,
    String templateId,
    String kind) {

  public ArchiveQuery {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new InvalidArchiveRequestException("to", "must be after from");
    }
  }
}
