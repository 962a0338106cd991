package org.ccmportal.preferences.domain.model;

import java.util.regex.Pattern;

/**
 * Identifies a customer: the id issued by the identity provider, 1 to 64 characters of letters,
 * digits, underscore or hyphen. Anything else is rejected before it reaches a query or a log.
 *
 * @param value the validated id
 */
public record CustomerId(String value) {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** Validates the id; throws {@link IllegalArgumentException} saying what was expected. */
  public CustomerId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("customerId is required and must not be blank");
    }
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "customerId must be at most 64 characters of A-Z, a-z, 0-9, '_' or '-' (got "
              + value.length()
              + " characters)");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
