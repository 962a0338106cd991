package org.ccmportal.vault.domain.model.customer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * A region or product code as the customer system sends it: trimmed and upper-cased, 1 to 40
 * letters, digits, {@code _} or {@code -} (e.g. {@code NORTH}, {@code MORTGAGE}).
 */
public final class AttributeCode {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,40}");

  private AttributeCode() {}

  /**
   * The code, normalised.
   *
   * @throws InvalidRequestException naming {@code field} when it is missing or not a code
   */
  public static String of(String field, String value) {
    String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw new InvalidRequestException(
          field, field + " must be a code of 1 to 40 letters, digits, '_' or '-'");
    }
    return code;
  }

  /** Null for a missing or blank value, else {@link #of}. */
  public static String optional(String field, String value) {
    return value == null || value.isBlank() ? null : of(field, value);
  }
}
