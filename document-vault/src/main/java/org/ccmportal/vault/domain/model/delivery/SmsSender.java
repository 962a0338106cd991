package org.ccmportal.vault.domain.model.delivery;

/** Sends text-message notices. Like email notices, a text never carries personal data. */
public interface SmsSender {

  /**
   * Hands the text to the SMS gateway; the same {@code idempotencyKey} again is not sent twice.
   *
   * @throws UndeliverableException when the gateway refuses the message (no retry helps)
   * @throws DeliveryException when the gateway cannot be reached now (try again later)
   */
  void send(String mobileNumber, String text, String idempotencyKey);
}
