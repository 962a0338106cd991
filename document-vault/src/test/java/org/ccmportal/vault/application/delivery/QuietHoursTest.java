package org.ccmportal.vault.application.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.ccmportal.preferences.api.DeliverySettings;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
  static final DeliverySettings NIGHT =
      new DeliverySettings(
          ZoneId.of("Europe/Paris"), LocalTime.of(22, 0), LocalTime.of(7, 0), "en", 1);

  @Test
  void outsideQuietHoursAnSmsGoesNow() {
    Instant noon = Instant.parse("2026-11-22T11:00:00Z"); // 12:00 in Paris
    assertEquals(noon, QuietHours.smsAllowedFrom(NIGHT, noon));
    assertEquals(noon, QuietHours.smsAllowedFrom(DeliverySettings.DEFAULTS, noon));
  }

  @Test
  void lateInTheEveningItWaitsUntilTheNextMorning() {
    Instant evening = Instant.parse("2026-11-22T22:30:00Z"); // 23:30 in Paris
    assertEquals(Instant.parse("2026-11-23T06:00:00Z"), QuietHours.smsAllowedFrom(NIGHT, evening));
  }

  @Test
  void afterMidnightItWaitsUntilThatMorning() {
    Instant night = Instant.parse("2026-11-23T02:00:00Z"); // 03:00 in Paris
    assertEquals(Instant.parse("2026-11-23T06:00:00Z"), QuietHours.smsAllowedFrom(NIGHT, night));
  }

  @Test
  void quietHoursWithinOneDayEndTheSameDay() {
    DeliverySettings lunch =
        new DeliverySettings(ZoneId.of("UTC"), LocalTime.of(12, 0), LocalTime.of(14, 0), "en", 1);
    assertEquals(
        Instant.parse("2026-11-22T14:00:00Z"),
        QuietHours.smsAllowedFrom(lunch, Instant.parse("2026-11-22T12:00:00Z")));
  }
}
