package org.ccmportal.preferences.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliverySettingsTest {

  private static DeliverySettings quiet(String zone, String from, String to) {
    return DeliverySettings.parse(zone, from, to, "en", 0);
  }

  @ParameterizedTest(name = "{0} in {1} (22:00-07:00): quiet={2}")
  @CsvSource({
    "2026-01-15T21:59:59Z, Europe/London, false",
    "2026-01-15T22:00:00Z, Europe/London, true",
    "2026-01-15T23:30:00Z, Europe/London, true",
    "2026-01-16T00:00:00Z, Europe/London, true",
    "2026-01-16T06:59:59Z, Europe/London, true",
    "2026-01-16T07:00:00Z, Europe/London, false",
    "2026-01-16T12:00:00Z, Europe/London, false",
    // the same instants in other zones: 21:30Z is 22:30 in Paris (winter), 16:30 in New York
    "2026-01-15T21:30:00Z, Europe/Paris, true",
    "2026-01-15T21:30:00Z, America/New_York, false",
    "2026-01-16T03:30:00Z, America/New_York, true",
    "2026-01-16T11:30:00Z, America/New_York, true",
    "2026-01-16T12:00:00Z, America/New_York, false",
    "2026-01-15T12:00:00Z, Asia/Tokyo, false",
    "2026-01-15T13:00:00Z, Asia/Tokyo, true",
    // summer time: 21:30Z is 22:30 in London in July, 21:30 in January
    "2026-07-15T21:30:00Z, Europe/London, true",
    "2026-01-15T21:30:00Z, Europe/London, false",
  })
  void quietHoursAcrossMidnightInTheCustomersZone(String at, String zone, boolean quiet) {
    assertEquals(quiet, quiet(zone, "22:00", "07:00").quietAt(Instant.parse(at)));
  }

  @ParameterizedTest(name = "{0} (12:00-14:00 Berlin): quiet={1}")
  @CsvSource({
    "2026-03-02T10:59:00Z, false",
    "2026-03-02T11:00:00Z, true",
    "2026-03-02T12:59:00Z, true",
    "2026-03-02T13:00:00Z, false",
  })
  void quietHoursWithinADay(String at, boolean quiet) {
    assertEquals(quiet, quiet("Europe/Berlin", "12:00", "14:00").quietAt(Instant.parse(at)));
  }

  @Test
  void noQuietHoursByDefault() {
    assertFalse(DeliverySettings.DEFAULTS.quietAt(Instant.parse("2026-01-16T03:00:00Z")));
    assertEquals(0, DeliverySettings.DEFAULTS.version());
    assertEquals("en", DeliverySettings.DEFAULTS.language());
  }

  @Test
  void parsesAValidRequest() {
    DeliverySettings s = DeliverySettings.parse("Europe/Paris", "21:30", "06:45", "fr", 3);
    assertEquals(ZoneId.of("Europe/Paris"), s.timeZone());
    assertEquals(LocalTime.of(21, 30), s.quietFrom());
    assertEquals(LocalTime.of(6, 45), s.quietTo());
    assertEquals("fr", s.language());
    assertEquals("21:30", DeliverySettings.format(s.quietFrom()));
    assertTrue(DeliverySettings.parse("UTC", null, null, "nl", 0).quietFrom() == null);
  }

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} -> {4}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "NULL, 22:00, 07:00, en, timeZone",
        "'', 22:00, 07:00, en, timeZone",
        "Mars/Olympus, 22:00, 07:00, en, timeZone",
        "+02:00, 22:00, 07:00, en, timeZone",
        "Europe/London, 25:00, 07:00, en, quietFrom",
        "Europe/London, 10pm, 07:00, en, quietFrom",
        "Europe/London, 22:00, 7:00, en, quietTo",
        "Europe/London, 22:00, 22:00, en, quietTo",
        "Europe/London, 22:00, NULL, en, quietTo",
        "Europe/London, NULL, 07:00, en, quietFrom",
        "Europe/London, 22:00, 07:00, es, language",
        "Europe/London, 22:00, 07:00, EN, language",
        "Europe/London, 22:00, 07:00, NULL, language",
      })
  void badFieldsAreNamed(String zone, String from, String to, String language, String field) {
    InvalidChangeException e =
        assertThrows(
            InvalidChangeException.class,
            () -> DeliverySettings.parse(zone, from, to, language, 0));
    assertEquals(field, e.field(), e.getMessage());
  }
}
