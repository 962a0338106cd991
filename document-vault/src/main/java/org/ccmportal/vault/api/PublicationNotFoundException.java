package org.ccmportal.vault.api;

/** No such publication, or the customer is not in its audience. */
public class PublicationNotFoundException extends RuntimeException {
  public PublicationNotFoundException(String message) {
    super(message);
  }
}
