package org.ccmportal.preferences.api;

/** The SMS gateway could not be reached or refused a message; the message was not sent. */
public class SmsGatewayException extends RuntimeException {
  private final int status;

  /**
   * @param status the gateway's HTTP status, or 0 when it could not be reached
   */
  public SmsGatewayException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The gateway's HTTP status, or 0 when it could not be reached. */
  public int status() {
    return status;
  }
}
