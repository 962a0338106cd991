package org.ccmportal.archive.domain.model;

import java.time.Instant;

/**
 * The write-once store of archived content. It has no delete and no overwrite: an object, once
 * written, is kept under COMPLIANCE retention at least until its retain-until date.
 */
public interface ArchiveObjectStore {

  /**
   * Stores content under its content-addressed key with COMPLIANCE retention until {@code
   * retainUntil} and no legal hold. If the key already holds the object, nothing is uploaded; its
   * retention is only ever extended, never shortened.
   *
   * @param key {@code records/<xx>/<sha256 of content>}; any other key is refused
   * @return the key
   * @throws ArchiveStoreException if the store fails
   */
  String put(String key, byte[] content, String contentType, Instant retainUntil);

  /**
   * The bytes stored under the key.
   *
   * @throws ArchiveStoreException if there is no such object or the store fails
   */
  byte[] get(String key);

  /**
   * Places ({@code on}) or releases the legal hold of the object: while held, the object cannot be
   * deleted even after its retention has run out.
   *
   * @throws ArchiveStoreException if there is no such object or the store fails
   */
  void setLegalHold(String key, boolean on);

  /**
   * Whether the object is under legal hold now, as the store holds it.
   *
   * @throws ArchiveStoreException if there is no such object or the store fails
   */
  boolean legalHold(String key);
}
