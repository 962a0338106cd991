package org.ccmportal.preferences.api;

/**
 * Hands a text message to the SMS gateway. Channel-generic: verification codes use it, and so can
 * the delivery of SMS notices. The gateway accepts a reference only once, so a retry with the same
 * {@code idempotencyKey} never sends the message twice.
 */
public interface SmsGateway {

  /**
   * Sends {@code text} to {@code to} (E.164, e.g. {@code +447700900123}).
   *
   * @param idempotencyKey unique per message (e.g. per recipient, publication and channel); sending
   *     again with the same key is a no-op at the gateway
   * @throws SmsGatewayException when the gateway is unreachable or refuses the message
   */
  void send(String to, String text, String idempotencyKey);
}
