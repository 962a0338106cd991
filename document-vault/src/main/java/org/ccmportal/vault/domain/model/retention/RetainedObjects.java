package org.ccmportal.vault.domain.model.retention;

import java.time.Instant;

/**
 * The retention side of the documents bucket: moving an object's retain-until date when an event
 * starts its period, and removing an object whose retention has passed. Both bypass GOVERNANCE
 * retention, which only the retention code of the vault may do.
 */
public interface RetainedObjects {

  /** Sets the object's GOVERNANCE retention to {@code retainUntil} (may shorten it). */
  void retainUntil(String objectKey, Instant retainUntil);

  /** Deletes every version of the object; a missing object is not an error. */
  void remove(String objectKey);
}
