package org.ccmportal.preferences.api;

/**
 * No such contact point of the caller: someone else's is answered the same way as a missing one.
 */
public class ContactPointNotFoundException extends RuntimeException {
  public ContactPointNotFoundException() {
    super("no such contact point");
  }
}
