package org.ccmportal.preferences.api;

import java.util.List;

/**
 * A customer's own contact points. A new email address is unusable until the customer follows the
 * signed link sent to it, which expires after 24 hours.
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
   * Marks the address the token names verified.
   *
   * @throws InvalidLinkException when the token was tampered with, is malformed or has expired
   */
  ContactPointView verify(String token);
}
