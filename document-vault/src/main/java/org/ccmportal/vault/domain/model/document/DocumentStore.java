package org.ccmportal.vault.domain.model.document;

import java.time.Instant;

/** Object storage of document bytes (the {@code documents} bucket). */
public interface DocumentStore {

  /**
   * Stores the bytes under their content-addressed key with retention until {@code retainUntil}.
   * Storing the same bytes again is harmless.
   */
  StoredObject put(byte[] content, String contentType, Instant retainUntil);

  /** The bytes stored under this key. */
  byte[] get(String key);
}
