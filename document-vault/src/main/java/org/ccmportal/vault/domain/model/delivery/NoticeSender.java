package org.ccmportal.vault.domain.model.delivery;

/** Sends the "new document" notice by email. It never carries personal data, only a link. */
public interface NoticeSender {

  /**
   * Sends the notice to the address.
   *
   * @throws DeliveryException when the message could not be handed to the mail server
   */
  void sendNewDocumentNotice(String emailAddress, String documentKind);
}
