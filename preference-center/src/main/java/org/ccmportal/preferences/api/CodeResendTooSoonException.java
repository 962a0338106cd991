package org.ccmportal.preferences.api;

/** A new verification code was asked for too soon after the last one; says when to try again. */
public class CodeResendTooSoonException extends RuntimeException {
  private final long retryAfterSeconds;

  public CodeResendTooSoonException(long retryAfterSeconds) {
    super("a new code can be sent in " + retryAfterSeconds + " seconds");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
