package org.ccmportal.vault.api;

/** The step does not fit the publication's state (e.g. approving a draft): a conflict. */
public class PublicationStateException extends RuntimeException {
  public PublicationStateException(String message) {
    super(message);
  }
}
