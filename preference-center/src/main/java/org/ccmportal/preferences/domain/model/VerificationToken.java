package org.ccmportal.preferences.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What an email-verification link says: this contact point of this customer, until this time (24
 * hours after it was sent). Signed by {@link LinkTokens}.
 *
 * @param contactPointId the contact point
 * @param customerId its owner
 * @param expiresAt when the link stops working
 */
public record VerificationToken(long contactPointId, CustomerId customerId, Instant expiresAt) {
  static final String TYPE = "verify-email.v1";

  /** How long a verification link works. */
  public static final Duration VALIDITY = Duration.ofHours(24);

  public static VerificationToken issue(long contactPointId, CustomerId customerId, Instant now) {
    return new VerificationToken(
        contactPointId,
        customerId,
        now.plus(VALIDITY).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  public String payload() {
    return TYPE
        + "|"
        + contactPointId
        + "|"
        + customerId.value()
        + "|"
        + expiresAt.getEpochSecond();
  }

  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** The token of a verified payload; empty when it is not a verification payload. */
  public static Optional<VerificationToken> parse(String payload) {
    String[] parts = payload.split("\\|", -1);
    if (parts.length != 4 || !TYPE.equals(parts[0])) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new VerificationToken(
              Long.parseLong(parts[1]),
              new CustomerId(parts[2]),
              Instant.ofEpochSecond(Long.parseLong(parts[3]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
