package org.ccmportal.vault.application.delivery;

/** There is no delivery item with that id. */
public class DeliveryItemNotFoundException extends RuntimeException {
  public DeliveryItemNotFoundException(long id) {
    super("no delivery item " + id);
  }
}
