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
  public void sendNewDocumentNotice(String emailAddress, String documentKind) {
    String portal = System.getenv().getOrDefault("CCM_PORTAL_URL", "http://localhost:8080");
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(emailAddress, true));
      message.setSubject("You have a new document in your secure inbox", "UTF-8");
      message.setSentDate(new Date());
      message.setText(
          "A new "
              + documentKind
              + " is available in your secure inbox.\n\n"
              + "Sign in to read it: "
              + portal
              + "/inbox.xhtml\n\n"
              + "For your security this email contains no personal details."
              + " We will never ask for your password by email.\n",
          "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new DeliveryException("email could not be handed to the mail server", e);
    }
  }
}
