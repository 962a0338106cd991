package org.ccmportal.archive.api;

/**
 * Whether the archive holds a communication under legal hold, for modules that must not destroy
 * their own copy of something held (the vault's disposition job). The hold is the one set on the
 * record's object in the WORM store, so records sharing the same content share its hold. The
 * archive keeps holds per record only: it has no customer-level hold.
 */
public interface LegalHoldQuery {

  /**
   * True when the record archived for {@code eventId} is under an active legal hold. False when it
   * is not, or when nothing was archived for this event id (the caller decides what an unarchived
   * event means for it).
   *
   * @throws RuntimeException if the store cannot answer: callers treat that as "held"
   */
  boolean isOnHold(String eventId);
}
