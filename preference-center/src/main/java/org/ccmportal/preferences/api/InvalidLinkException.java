package org.ccmportal.preferences.api;

/** A link token that was tampered with, is malformed or has expired: nothing was changed. */
public class InvalidLinkException extends RuntimeException {
  public InvalidLinkException(String message) {
    super(message);
  }
}
