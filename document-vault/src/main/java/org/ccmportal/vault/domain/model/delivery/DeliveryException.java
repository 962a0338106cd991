package org.ccmportal.vault.domain.model.delivery;

/** A channel could not take a message; the outbox retries it. */
public class DeliveryException extends RuntimeException {
  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
