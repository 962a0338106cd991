package org.ccmportal.archive.domain.model;

import java.util.Optional;

/**
 * The archive records, in log order. Records are only ever added: there is no update and no delete,
 * and the database rejects both.
 */
public interface ArchiveRecordRepository {

  /** The record archived for this event id, if any. */
  Optional<ArchiveRecord> findByEventId(String eventId);

  /**
   * Takes the log's append lock until the end of the current transaction, so that concurrent
   * appends get unique, consecutive leaf indexes.
   */
  void lockLogForAppend();

  /** The leaf index the next record gets: 0 for an empty log. Call under the append lock. */
  long nextLeafIndex();

  /** Adds the record; its id is assigned when this returns. */
  void add(ArchiveRecord record);
}
