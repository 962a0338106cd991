package org.ccmportal.preferences.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.ccmportal.preferences.domain.model.VerificationMailer;

/** Sends verification links by SMTP. */
@ApplicationScoped
public class SmtpVerificationMailer implements VerificationMailer {

  @Resource(lookup = "java:jboss/mail/ccm")
  Session session;

  @Override
  public void sendVerificationLink(String emailAddress, String link) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(emailAddress, true));
      message.setSubject("Please confirm your email address", "UTF-8");
      message.setSentDate(new Date());
      message.setText(
          "Please confirm that this address may receive messages from your secure portal:\n\n"
              + link
              + "\n\nThe link works for 24 hours. If you did not add this address, ignore this"
              + " email: nothing will be sent to it.\n",
          "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("the verification email could not be sent", e);
    }
  }
}
