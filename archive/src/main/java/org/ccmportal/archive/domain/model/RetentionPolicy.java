package org.ccmportal.archive.domain.model;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How long an archived record must be kept: a calendar period counted from when the event occurred,
 * in UTC (so the date does not depend on the server's time zone), per category with a default. A
 * day that does not exist in the target month is clamped to the month's last day (29 Feb + 1 year =
 * 28 Feb).
 *
 * @param retention the default period, e.g. {@code P7Y}; positive
 * @param byCategory periods of categories that differ from the default (e.g. {@code MARKETING} 2
 *     years)
 */
public record RetentionPolicy(Period retention, Map<String, Period> byCategory) {
  /** Environment variables {@code CCM_ARCHIVE_RETENTION_<CATEGORY>} override the default. */
  public static final String CATEGORY_PREFIX = "CCM_ARCHIVE_RETENTION_";

  public RetentionPolicy {
    requirePositive(retention, "retention");
    byCategory = Map.copyOf(byCategory);
    byCategory.forEach((category, period) -> requirePositive(period, "retention of " + category));
  }

  /** One period for every category. */
  public RetentionPolicy(Period retention) {
    this(retention, Map.of());
  }

  /**
   * The default period plus the per-category periods found in {@code env} as {@code
   * CCM_ARCHIVE_RETENTION_<CATEGORY>=<ISO period>}; a bad value names its variable.
   */
  public static RetentionPolicy of(Period defaultRetention, Map<String, String> env) {
    Map<String, Period> periods = new TreeMap<>();
    env.forEach(
        (name, value) -> {
          if (name.startsWith(CATEGORY_PREFIX) && name.length() > CATEGORY_PREFIX.length()) {
            try {
              periods.put(name.substring(CATEGORY_PREFIX.length()), Period.parse(value.trim()));
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException(
                  name + " must be an ISO-8601 period such as P7Y, got '" + value + "'", e);
            }
          }
        });
    return new RetentionPolicy(defaultRetention, periods);
  }

  /** The object-lock retain-until date under the default period. */
  public Instant retainUntil(Instant occurredAt) {
    return occurredAt.atOffset(ZoneOffset.UTC).plus(retention).toInstant();
  }

  /** The retain-until date of a record of this category (the default when it has none). */
  public Instant retainUntil(Instant occurredAt, String category) {
    Period period = category == null ? retention : byCategory.getOrDefault(category, retention);
    return occurredAt.atOffset(ZoneOffset.UTC).plus(period).toInstant();
  }

  private static void requirePositive(Period period, String what) {
    Objects.requireNonNull(period, what);
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException(what + " must be a positive period, got " + period);
    }
  }
}
