package org.ccmportal.archive.api;

import java.util.Optional;

/** The archive as other modules see it. Appending the same event id twice returns one record. */
public interface ArchiveService {

  /**
   * Keeps an immutable copy of the entry: the content goes to the WORM bucket under COMPLIANCE
   * retention and the record becomes a leaf of the Merkle log. Joins the caller's transaction.
   */
  ArchiveReceipt append(ArchiveEntry entry);

  /** The receipt of the entry archived for this event id, if any. */
  Optional<ArchiveReceipt> findByEventId(String eventId);
}
