package org.ccmportal.preferences.api;

import java.util.List;

/**
 * A customer's own contact points. A new email address is unusable until the customer follows the
 * signed link sent to it, which expires after 24 hours; a new mobile number until the customer
 * enters the 6-digit code sent to it by SMS, which expires after 10 minutes and allows 5 tries. An
 * address whose mail bounced permanently is unusable until it is verified again. A removed contact
 * point is as if it were gone: never used, listed or found again.
 */
public interface ContactPoints {

  /** The customer's contact points with their verification state, oldest first. */
  List<ContactPointView> of(String customerId);

  /**
   * Adds an email address unverified and sends the verification link to it. An address the customer
   * already has is not added twice; if it is still unverified, a new link is sent.
   *
   * @throws InvalidChangeException naming {@code value} when it is not an email address
   */
  ContactPointView addEmail(String customerId, String email);

  /**
   * The customer's contact point with that id.
   *
   * @throws ContactPointNotFoundException when there is none, or it is someone else's
   */
  ContactPointView find(String customerId, long contactPointId);

  /**
   * Adds a mobile number unverified and sends a verification code to it by SMS. A number the
   * customer already has is not added twice; if it is still unverified a new code is sent (subject
   * to the resend limit).
   *
   * @throws InvalidChangeException naming {@code value} when it is not an E.164 number
   * @throws CodeResendTooSoonException when a code was sent to it moments ago
   * @throws SmsGatewayException when the code could not be sent (nothing is stored)
   */
  ContactPointView addMobile(String customerId, String number);

  /**
   * Sends a new code for the customer's unverified mobile number; earlier codes stop working.
   *
   * @throws ContactPointNotFoundException when it is not the customer's unverified mobile number
   * @throws CodeResendTooSoonException when a code was sent to it moments ago
   */
  ContactPointView resendCode(String customerId, long contactPointId);

  /**
   * Marks the customer's mobile number verified when {@code code} is its current code.
   *
   * @throws ContactPointNotFoundException when it is not the customer's mobile number
   * @throws CodeRejectedException when the code is wrong (the try is counted), expired or locked
   */
  ContactPointView verifyMobile(String customerId, long contactPointId, String code);

  /**
   * Removes the customer's contact point at their request. Removal is recorded (when and how), not
   * deleted: the contact point is never used to reach the customer again, no longer listed and
   * cannot be verified again; adding the same address later makes a new contact point. Channels
   * then resolve as if it had never been there (a legally required document whose paperless email
   * notice has no verified address left goes to print instead).
   *
   * @param method {@link ChangeMethod#PORTAL} or {@link ChangeMethod#API}
   * @throws ContactPointNotFoundException when there is none, it is someone else's, or it was
   *     removed already
   */
  void remove(String customerId, long contactPointId, ChangeMethod method);

  /**
   * Marks the address the token names verified.
   *
   * @throws InvalidLinkException when the token was tampered with, is malformed or has expired, or
   *     the address was removed since
   */
  ContactPointView verify(String token);
}
