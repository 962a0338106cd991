package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactPointTest {

  private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
  private static final ContactPointHasher HASH = (kind, value) -> "0".repeat(64);

  @Test
  void anAddedEmailIsNotUsableUntilVerified() {
    ContactPoint point =
        ContactPoint.unverifiedEmail(new CustomerId("c1"), "ann@example.org", HASH, T0);
    assertFalse(point.verifiedAt(T0.plusSeconds(3600)));
    point.verify(T0.plusSeconds(10));
    assertTrue(point.verifiedAt(T0.plusSeconds(10)));
  }

  @Test
  void verifiedEmailIsUsableFromTheMomentItWasVerified() {
    ContactPoint point =
        ContactPoint.verifiedEmail(new CustomerId("c1"), " ann@example.org ", HASH, T0);
    assertEquals("ann@example.org", point.value());
    assertEquals(ContactKind.EMAIL, point.kind());
    assertTrue(point.verifiedAt(T0));
    assertTrue(point.verifiedAt(T0.plusSeconds(1)));
    assertFalse(point.verifiedAt(T0.minusSeconds(1)), "not verified before it was verified");
  }

  @Test
  void verifyingAgainKeepsTheFirstTime() {
    ContactPoint point =
        ContactPoint.verifiedEmail(new CustomerId("c1"), "ann@example.org", HASH, T0);
    point.verify(T0.plusSeconds(60));
    assertEquals(T0, point.verifiedTime());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"ann", "ann@", "@example.org", "ann@example", "a b@example.org"})
  void rejectsWhatIsNotAnEmailAddress(String email) {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ContactPoint.verifiedEmail(new CustomerId("c1"), email, HASH, T0));
    assertTrue(e.getMessage().startsWith("email must be"), e.getMessage());
  }

  @Test
  void rejectsAddressesLongerThan254Characters() {
    String tooLong = "a".repeat(243) + "@example.org";
    assertEquals(255, tooLong.length());
    assertThrows(IllegalArgumentException.class, () -> ContactPoint.normalizeEmail(tooLong));
  }
}
