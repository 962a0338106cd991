package org.ccmportal.vault.domain.model.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How often and when a failed delivery is tried again: attempt {@code n} (1-based) that failed is
 * followed by attempt {@code n+1} after {@code baseDelay * 2^(n-1)}, at most {@code maxDelay};
 * after {@code maxAttempts} attempts there is none (the item is dead). With the defaults (5
 * attempts, 30 s) the retries come 30 s, 1 min, 2 min and 4 min after each failure.
 *
 * @param maxAttempts attempts in all, at least 1 ({@code CCM_DELIVERY_MAX_ATTEMPTS}, default 5)
 * @param baseDelay the wait after the first failure ({@code CCM_DELIVERY_BACKOFF_S}, default 30)
 * @param maxDelay the longest wait between two attempts (6 hours)
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  public static final int DEFAULT_MAX_ATTEMPTS = 5;
  public static final long DEFAULT_BACKOFF_SECONDS = 30;
  public static final Duration MAX_DELAY = Duration.ofHours(6);

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (baseDelay == null || baseDelay.isNegative() || baseDelay.isZero()) {
      throw new IllegalArgumentException("baseDelay must be positive");
    }
    if (maxDelay == null || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must be at least baseDelay");
    }
  }

  /** The policy configured by the environment, or the defaults. */
  public static RetryPolicy fromEnvironment(Map<String, String> env) {
    return new RetryPolicy(
        (int) positive(env, "CCM_DELIVERY_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS),
        Duration.ofSeconds(positive(env, "CCM_DELIVERY_BACKOFF_S", DEFAULT_BACKOFF_SECONDS)),
        MAX_DELAY);
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  public Duration delayAfter(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt is 1-based");
    }
    int doublings = Math.min(attempt - 1, 30);
    Duration delay = baseDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
  }

  /** When to try again after {@code attemptsSoFar} failed attempts; empty when none is left. */
  public Optional<Instant> nextAttemptAt(int attemptsSoFar, Instant now) {
    return attemptsSoFar >= maxAttempts
        ? Optional.empty()
        : Optional.of(now.plus(delayAfter(attemptsSoFar)));
  }

  private static long positive(Map<String, String> env, String name, long fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(value.strip());
      if (parsed >= 1 && parsed <= 1_000_000) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a whole number from 1 to 1000000");
  }
}
