package org.ccmportal.preferences.domain.model;

/**
 * Keyed hash of a verification code with its own random salt: the database holds neither the code
 * nor anything a reader could test the million possible codes against without the key.
 */
public interface ShortCodeHasher {

  /**
   * The hash (lower-case hex) of {@code code} with {@code salt} (hex), bound to the contact point.
   */
  String hash(long contactPointId, String salt, String code);
}
