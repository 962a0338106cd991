package org.ccmportal.archive.domain.model;

import java.util.List;
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

  /** The record with this id, if any. */
  Optional<ArchiveRecord> findById(long id);

  /** The number of leaves in the log. */
  long size();

  /** The stored leaf hashes (hex) of leaves 0 to {@code treeSize - 1}, in log order. */
  List<String> leafHashes(long treeSize);

  /** Up to {@code limit} records from leaf index {@code fromLeaf} on, in log order. */
  List<ArchiveRecord> inLogOrder(long fromLeaf, int limit);

  /** A page of the records that match, in log order. */
  List<ArchiveRecord> search(SearchCriteria criteria, int offset, int limit);

  /** How many records match. */
  long count(SearchCriteria criteria);
}
