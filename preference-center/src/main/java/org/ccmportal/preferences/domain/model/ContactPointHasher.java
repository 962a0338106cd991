package org.ccmportal.preferences.domain.model;

/**
 * Computes the keyed lookup hash of a contact point. Contact values are stored encrypted with a
 * random IV, so equal addresses have different ciphertexts: finding a customer's address and
 * keeping it unique goes through this hash.
 */
public interface ContactPointHasher {

  /** The lookup hash (lower-case hex) of a normalized value of that kind. */
  String hash(ContactKind kind, String normalizedValue);
}
