package org.ccmportal.preferences.domain.model;

/** Append-only journal of matrix changes and of the single-use link nonces. */
public interface ChangeJournal {

  void append(PreferenceChange change);

  /**
   * Marks a link nonce used.
   *
   * @return false when it had been used before (nothing is written then)
   */
  boolean useNonce(String nonce, CustomerId customerId);
}
