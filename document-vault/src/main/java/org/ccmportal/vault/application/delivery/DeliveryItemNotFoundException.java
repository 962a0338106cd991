package org.ccmportal.vault.application.delivery;

/** There is no delivery item with that id (or reference). */
public class DeliveryItemNotFoundException extends RuntimeException {
  public DeliveryItemNotFoundException(long id) {
    super("no delivery item " + id);
  }

  /** No delivery was sent with that reference (idempotency key). */
  public DeliveryItemNotFoundException(String reference) {
    super("no delivery has that reference");
  }
}
