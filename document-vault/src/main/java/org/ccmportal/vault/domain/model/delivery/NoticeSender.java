package org.ccmportal.vault.domain.model.delivery;

/** Sends notices by email. A notice never carries personal data, only a link. */
public interface NoticeSender {

  /**
   * Sends the message to the address.
   *
   * @throws DeliveryException when the message could not be handed to the mail server
   */
  void send(String emailAddress, NoticeMessage message);
}
