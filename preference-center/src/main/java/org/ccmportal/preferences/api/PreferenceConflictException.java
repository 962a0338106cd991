package org.ccmportal.preferences.api;

/** Someone else changed the preferences since they were read. */
public class PreferenceConflictException extends RuntimeException {
  public PreferenceConflictException(String message) {
    super(message);
  }
}
