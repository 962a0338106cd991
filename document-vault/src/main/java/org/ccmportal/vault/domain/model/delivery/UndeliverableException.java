package org.ccmportal.vault.domain.model.delivery;

/**
 * A delivery that no retry can make succeed as things stand (no address, the gateway refused the
 * message): the item goes to the dead-letter list at once instead of being retried.
 */
public class UndeliverableException extends DeliveryException {
  private final String code;

  /**
   * @param code a short reason staff can act on, e.g. {@code NO_ADDRESS}
   */
  public UndeliverableException(String code, String message, Throwable cause) {
    super(code + ": " + message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
