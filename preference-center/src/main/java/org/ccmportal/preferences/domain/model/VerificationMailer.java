package org.ccmportal.preferences.domain.model;

/** Sends the email-verification link; the message holds the link and no other personal data. */
public interface VerificationMailer {

  void sendVerificationLink(String emailAddress, String link);
}
