package org.ccmportal.vault.domain.model.delivery;

/** Sends notices by email. A notice never carries personal data, only a link. */
public interface NoticeSender {

  /**
   * Sends the message to the address.
   *
   * @throws DeliveryException when the message could not be handed to the mail server
   */
  void send(String emailAddress, NoticeMessage message);

  /**
   * Sends the message with a Message-ID made from the delivery's idempotency key, so that the same
   * notice sent again (a crash between the mail server's answer and the commit) is recognisably the
   * same message to the receiving side, which collapses it.
   */
  void send(String emailAddress, NoticeMessage message, String idempotencyKey);
}
