package org.ccmportal.preferences.api;

/**
 * A request the preference center refuses because of one field; says which and what is expected.
 */
public class InvalidChangeException extends RuntimeException {
  private final String field;

  public InvalidChangeException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
