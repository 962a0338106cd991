package org.ccmportal.preferences.domain.model;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ccmportal.preferences.api.ConsentPurpose;

/**
 * What an unsubscribe link says: withdraw this customer's consent for this marketing purpose. The
 * nonce makes every link single-use. Signed by {@link LinkTokens}.
 *
 * @param customerId the customer
 * @param purpose a marketing purpose
 * @param nonce 128 random bits, base64url
 */
public record UnsubscribeToken(CustomerId customerId, ConsentPurpose purpose, String nonce) {
  static final String TYPE = "unsubscribe.v1";
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  public UnsubscribeToken {
    if (purpose == null || purpose.marketingChannel().isEmpty()) {
      throw new IllegalArgumentException("purpose must be a marketing purpose");
    }
    if (nonce == null || !NONCE.matcher(nonce).matches()) {
      throw new IllegalArgumentException("nonce must be 22 base64url characters");
    }
  }

  /** A new token with a fresh nonce. */
  public static UnsubscribeToken issue(CustomerId customerId, ConsentPurpose purpose) {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return new UnsubscribeToken(
        customerId, purpose, Base64.getUrlEncoder().withoutPadding().encodeToString(b));
  }

  public String payload() {
    return TYPE + "|" + customerId.value() + "|" + purpose.name() + "|" + nonce;
  }

  /** The token of a verified payload; empty when it is not an unsubscribe payload. */
  public static Optional<UnsubscribeToken> parse(String payload) {
    String[] parts = payload.split("\\|", -1);
    if (parts.length != 4 || !TYPE.equals(parts[0])) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new UnsubscribeToken(
              new CustomerId(parts[1]), ConsentPurpose.valueOf(parts[2]), parts[3]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
