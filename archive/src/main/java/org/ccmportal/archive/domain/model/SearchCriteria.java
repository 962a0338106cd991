package org.ccmportal.archive.domain.model;

import java.time.Instant;

/**
 * What an archive search filters on; every field may be null (no filter). {@code from} is
 * inclusive, {@code to} exclusive, both on when the event occurred. {@code kind} filters on what
 * was archived ({@code AUDIT} for the audit trail).
 */
public record SearchCriteria(
    String customerId,
    Instant from,
    Instant to,
    String category,
    String channel,
    String templateId,
    String kind) {

  /** The criteria without a kind filter. */
  public SearchCriteria(
      String customerId,
      Instant from,
      Instant to,
      String category,
      String channel,
      String templateId) {
    this(customerId, from, to, category, channel, templateId, null);
  }
}
