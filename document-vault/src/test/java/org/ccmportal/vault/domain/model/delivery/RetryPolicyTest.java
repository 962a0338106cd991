package org.ccmportal.vault.domain.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void defaultsAreFiveAttemptsDoublingFrom30Seconds() {
    RetryPolicy policy = RetryPolicy.fromEnvironment(Map.of());
    assertEquals(5, policy.maxAttempts());
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
    assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
    assertEquals(Duration.ofSeconds(240), policy.delayAfter(4));
    assertEquals(NOW.plusSeconds(30), policy.nextAttemptAt(1, NOW).orElseThrow());
    assertEquals(NOW.plusSeconds(240), policy.nextAttemptAt(4, NOW).orElseThrow());
    assertTrue(policy.nextAttemptAt(5, NOW).isEmpty(), "no sixth attempt");
  }

  @Test
  void environmentSetsAttemptsAndBaseDelay() {
    RetryPolicy policy =
        RetryPolicy.fromEnvironment(
            Map.of("CCM_DELIVERY_MAX_ATTEMPTS", "3", "CCM_DELIVERY_BACKOFF_S", "2"));
    assertEquals(Duration.ofSeconds(2), policy.delayAfter(1));
    assertEquals(Duration.ofSeconds(4), policy.delayAfter(2));
    assertTrue(policy.nextAttemptAt(2, NOW).isPresent());
    assertTrue(policy.nextAttemptAt(3, NOW).isEmpty());
  }

  @Test
  void delaysAreCappedAtSixHoursEvenForHugeAttemptNumbers() {
    RetryPolicy policy = new RetryPolicy(1000, Duration.ofSeconds(30), RetryPolicy.MAX_DELAY);
    assertEquals(Duration.ofHours(6), policy.delayAfter(20));
    assertEquals(Duration.ofHours(6), policy.delayAfter(999));
  }

  @Test
  void badConfigurationNamesTheVariable() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RetryPolicy.fromEnvironment(Map.of("CCM_DELIVERY_BACKOFF_S", "soon")));
    assertTrue(e.getMessage().startsWith("CCM_DELIVERY_BACKOFF_S"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryPolicy.fromEnvironment(Map.of("CCM_DELIVERY_MAX_ATTEMPTS", "0")));
  }
}
