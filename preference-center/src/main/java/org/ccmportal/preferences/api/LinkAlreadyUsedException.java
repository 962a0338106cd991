package org.ccmportal.preferences.api;

/** A single-use link that was used before: nothing was changed this time. */
public class LinkAlreadyUsedException extends RuntimeException {
  public LinkAlreadyUsedException(String message) {
    super(message);
  }
}
