package org.ccmportal.vault.api;

/** The caller's role does not allow this use case. */
public class AccessDeniedException extends RuntimeException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
