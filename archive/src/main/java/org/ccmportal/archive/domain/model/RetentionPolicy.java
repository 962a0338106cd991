package org.ccmportal.archive.domain.model;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How long an archived record must be kept: a calendar period counted from when the event occurred,
 * in UTC (so the date does not depend on the server's time zone). A day that does not exist in the
 * target month is clamped to the month's last day (29 Feb + 1 year = 28 Feb).
 *
 * @param retention the period, e.g. {@code P7Y}; positive
 */
public record RetentionPolicy(Period retention) {

  public RetentionPolicy {
    Objects.requireNonNull(retention, "retention");
    if (retention.isZero() || retention.isNegative()) {
      throw new IllegalArgumentException("retention must be a positive period, got " + retention);
    }
  }

  /** The object-lock retain-until date of a record whose event occurred at {@code occurredAt}. */
  public Instant retainUntil(Instant occurredAt) {
    return occurredAt.atOffset(ZoneOffset.UTC).plus(retention).toInstant();
  }
}
