package org.ccmportal.vault.domain.model.retention;

import java.time.Instant;

/** Dates shared by retention rules. */
public final class RetentionRuleDates {
  private RetentionRuleDates() {}

  /**
   * The retain-until date of a document whose retention starts at an event that has not happened
   * yet: kept indefinitely until the event is recorded, then set to event date plus period.
   */
  public static final Instant UNTIL_EVENT = Instant.parse("9999-12-31T00:00:00Z");
}
