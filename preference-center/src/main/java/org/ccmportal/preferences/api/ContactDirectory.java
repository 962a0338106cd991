package org.ccmportal.preferences.api;

import java.util.Optional;

/** Verified contact points of customers. */
public interface ContactDirectory {

  /** The customer's verified email address, if any. */
  Optional<String> verifiedEmail(String customerId);

  /**
   * Registers a contact point as verified (used by demo data and staff on-boarding; the
   * customer-facing verification flow comes with the preference center).
   */
  void registerVerifiedEmail(String customerId, String email);

  /**
   * Registers a postal address as verified (demo data and staff on-boarding): lines separated by
   * line breaks. An address the customer already has is not stored again.
   *
   * @throws IllegalArgumentException when it is not 2 to 6 lines of at most 80 characters
   */
  void registerVerifiedPostalAddress(String customerId, String address);
}
