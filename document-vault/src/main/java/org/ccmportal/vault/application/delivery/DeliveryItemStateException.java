package org.ccmportal.vault.application.delivery;

/** The delivery item is not in a state that allows this (e.g. a retry of an item not dead). */
public class DeliveryItemStateException extends RuntimeException {
  public DeliveryItemStateException(String message) {
    super(message);
  }
}
