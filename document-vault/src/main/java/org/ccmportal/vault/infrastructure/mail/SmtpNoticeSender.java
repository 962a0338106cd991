package org.ccmportal.vault.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.ccmportal.vault.domain.model.delivery.DeliveryException;
import org.ccmportal.vault.domain.model.delivery.DeliveryKeys;
import org.ccmportal.vault.domain.model.delivery.NoticeMessage;
import org.ccmportal.vault.domain.model.delivery.NoticeSender;

/**
 * Sends "new document" notices. The message names only the kind of document and links to the
 * portal: no name, no amount, no account number, nothing that would leak if the mailbox is read by
 * someone else.
 */
@ApplicationScoped
public class SmtpNoticeSender implements NoticeSender {

  @Resource(lookup = "java:jboss/mail/ccm")
  Session session;

  @Override
  public void send(String emailAddress, NoticeMessage notice) {
    send(emailAddress, notice, null);
  }

  @Override
  public void send(String emailAddress, NoticeMessage notice, String idempotencyKey) {
    try {
      MimeMessage message =
          idempotencyKey == null
              ? new MimeMessage(session)
              : new KeyedMessage(session, idempotencyKey);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(emailAddress, true));
      message.setSubject(notice.subject(), "UTF-8");
      message.setSentDate(new Date());
      message.setText(notice.body(), "UTF-8");
      for (var header : notice.headers().entrySet()) {
        message.setHeader(header.getKey(), header.getValue());
      }
      Transport.send(message);
    } catch (MessagingException e) {
      throw new DeliveryException("email could not be handed to the mail server", e);
    }
  }

  /** The Message-ID of a delivery (see {@link DeliveryKeys#messageId}). */
  static String messageId(String idempotencyKey) {
    return DeliveryKeys.messageId(idempotencyKey);
  }

  private static final class KeyedMessage extends MimeMessage {
    private final String key;

    KeyedMessage(Session session, String key) {
      super(session);
      this.key = key;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId(key));
    }
  }
}
