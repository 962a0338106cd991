package org.ccmportal.vault.api;

/**
 * No such document for this caller. Also thrown when the document belongs to someone else, so that
 * a customer cannot learn that another customer's document exists.
 */
public class DocumentNotFoundException extends RuntimeException {
  public DocumentNotFoundException() {
    super("document not found");
  }
}
