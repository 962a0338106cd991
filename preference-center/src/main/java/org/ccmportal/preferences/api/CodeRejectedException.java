package org.ccmportal.preferences.api;

/**
 * A verification code that does not verify the mobile number: wrong (with the attempts left),
 * expired, or locked after too many wrong attempts (a new code is needed). The field is {@code
 * code}.
 */
public class CodeRejectedException extends RuntimeException {
  private final int attemptsLeft;

  public CodeRejectedException(String message, int attemptsLeft) {
    super(message);
    this.attemptsLeft = attemptsLeft;
  }

  /** How many more tries this code allows (0: ask for a new code). */
  public int attemptsLeft() {
    return attemptsLeft;
  }
}
