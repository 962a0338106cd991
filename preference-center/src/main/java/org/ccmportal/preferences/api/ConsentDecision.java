package org.ccmportal.preferences.api;

/** A consent is granted or withdrawn; a withdrawal takes effect at once. */
public enum ConsentDecision {
  GRANTED,
  WITHDRAWN
}
