package org.ccmportal.archive.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

  @Test
  void addsThePeriodToWhenTheEventOccurred() {
    assertEquals(
        Instant.parse("2031-05-01T12:34:56.789Z"),
        new RetentionPolicy(Period.ofYears(7))
            .retainUntil(Instant.parse("2024-05-01T12:34:56.789Z")));
  }

  @Test
  void clampsLeapDayToEndOfFebruary() {
    assertEquals(
        Instant.parse("2031-02-28T10:15:30Z"),
        new RetentionPolicy(Period.parse("P7Y"))
            .retainUntil(Instant.parse("2024-02-29T10:15:30Z")));
  }

  @Test
  void countsCalendarUnitsInUtcNotInServerZone() {
    // 23:30 UTC on 31 March is already 1 April in Berlin; in UTC one month later is 30 April
    assertEquals(
        Instant.parse("2024-04-30T23:30:00Z"),
        new RetentionPolicy(Period.ofMonths(1)).retainUntil(Instant.parse("2024-03-31T23:30:00Z")));
  }

  @Test
  void refusesZeroOrNegativePeriods() {
    assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(Period.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(Period.ofDays(-1)));
  }

  @Test
  void aCategoryCanHaveItsOwnPeriod() {
    RetentionPolicy policy =
        RetentionPolicy.of(
            Period.ofYears(7),
            java.util.Map.of(
                "CCM_ARCHIVE_RETENTION_MARKETING", "P2Y",
                "CCM_ARCHIVE_RETENTION_POLICY_DOCUMENTS", " P10Y ",
                "CCM_S3_ENDPOINT", "http://ignored"));
    java.time.Instant at = java.time.Instant.parse("2026-03-01T10:00:00Z");
    assertEquals(
        java.time.Instant.parse("2028-03-01T10:00:00Z"), policy.retainUntil(at, "MARKETING"));
    assertEquals(
        java.time.Instant.parse("2036-03-01T10:00:00Z"),
        policy.retainUntil(at, "POLICY_DOCUMENTS"));
    assertEquals(
        java.time.Instant.parse("2033-03-01T10:00:00Z"), policy.retainUntil(at, "STATEMENTS"));
    assertEquals(java.time.Instant.parse("2033-03-01T10:00:00Z"), policy.retainUntil(at, null));
  }

  @Test
  void aBadCategoryPeriodNamesItsVariable() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RetentionPolicy.of(
                    Period.ofYears(7),
                    java.util.Map.of("CCM_ARCHIVE_RETENTION_MARKETING", "2 years")));
    assertTrue(e.getMessage().startsWith("CCM_ARCHIVE_RETENTION_MARKETING"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RetentionPolicy.of(
                Period.ofYears(7), java.util.Map.of("CCM_ARCHIVE_RETENTION_X", "P0D")));
  }
}
