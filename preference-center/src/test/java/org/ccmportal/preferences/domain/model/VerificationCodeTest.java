package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.ccmportal.preferences.domain.model.VerificationCode.Outcome;
import org.ccmportal.preferences.infrastructure.crypto.MasterKey;
import org.ccmportal.preferences.infrastructure.crypto.ShortCodeHash;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final ShortCodeHasher HASH =
      ShortCodeHash.with(MasterKey.of("unit-test-master-key-0123456789"));

  @Test
  void theRightCodeVerifiesOnceAndIsNotStoredInClear() {
    VerificationCode code = VerificationCode.issue(7, "012345", HASH, T0);
    String stored = HASH.hash(7, "x", "012345");
    assertFalse(stored.contains("012345"));
    assertEquals(Outcome.VERIFIED, code.attempt(" 012345 ", HASH, T0.plusSeconds(30)));
    assertEquals(Outcome.USED, code.attempt("012345", HASH, T0.plusSeconds(31)));
  }

  @Test
  void theHashIsSaltedAndBoundToTheContactPoint() {
    assertFalse(HASH.hash(7, "aa", "123456").equals(HASH.hash(7, "bb", "123456")));
    assertFalse(HASH.hash(7, "aa", "123456").equals(HASH.hash(8, "aa", "123456")));
    VerificationCode code = VerificationCode.issue(7, "123456", HASH, T0);
    ShortCodeHasher otherKey = ShortCodeHash.with(MasterKey.of("another-master-key-0123456789"));
    assertEquals(Outcome.WRONG, code.attempt("123456", otherKey, T0));
  }

  @Test
  void aWrongCodeCountsAndSaysHowManyTriesAreLeft() {
    VerificationCode code = VerificationCode.issue(7, "123456", HASH, T0);
    assertEquals(Outcome.WRONG, code.attempt("654321", HASH, T0));
    assertEquals(4, code.attemptsLeft());
    assertEquals(Outcome.WRONG, code.attempt("12345x", HASH, T0), "not 6 digits counts too");
    assertEquals(Outcome.WRONG, code.attempt(null, HASH, T0));
    assertEquals(2, code.attemptsLeft());
  }

  @Test
  void afterFiveWrongTriesTheCodeIsLockedEvenForTheRightCode() {
    VerificationCode code = VerificationCode.issue(7, "123456", HASH, T0);
    for (int i = 0; i < 4; i++) {
      assertEquals(Outcome.WRONG, code.attempt("000000", HASH, T0));
    }
    assertEquals(Outcome.LOCKED, code.attempt("000000", HASH, T0), "the fifth wrong try locks");
    assertEquals(0, code.attemptsLeft());
    assertEquals(Outcome.LOCKED, code.attempt("123456", HASH, T0));
  }

  @Test
  void aCodeExpiresAfterTenMinutesWithoutCountingTheTry() {
    VerificationCode code = VerificationCode.issue(7, "123456", HASH, T0);
    assertEquals(Outcome.EXPIRED, code.attempt("123456", HASH, T0.plus(Duration.ofMinutes(10))));
    assertEquals(5, code.attemptsLeft());
    VerificationCode fresh = VerificationCode.issue(7, "123456", HASH, T0);
    assertEquals(Outcome.VERIFIED, fresh.attempt("123456", HASH, T0.plus(Duration.ofSeconds(599))));
  }

  @Test
  void codesAreSixRandomDigits() {
    for (int i = 0; i < 200; i++) {
      assertTrue(VerificationCode.randomCode().matches("[0-9]{6}"));
    }
    assertThrows(
        IllegalArgumentException.class, () -> VerificationCode.issue(7, "12345", HASH, T0));
  }

  @Test
  void aNewCodeWaitsAMinuteAfterTheLastAndAtMostFiveGoOutPerHour() {
    assertEquals(0, VerificationCode.waitBeforeNext(null, 0, T0));
    VerificationCode latest = VerificationCode.issue(7, "123456", HASH, T0);
    assertEquals(60, VerificationCode.waitBeforeNext(latest, 1, T0));
    assertEquals(1, VerificationCode.waitBeforeNext(latest, 1, T0.plusSeconds(59)));
    assertEquals(0, VerificationCode.waitBeforeNext(latest, 1, T0.plusSeconds(60)));
    assertEquals(0, VerificationCode.waitBeforeNext(latest, 4, T0.plusSeconds(60)));
    assertEquals(3540, VerificationCode.waitBeforeNext(latest, 5, T0.plusSeconds(60)));
  }
}
