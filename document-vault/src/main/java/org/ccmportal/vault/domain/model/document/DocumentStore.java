package org.ccmportal.vault.domain.model.document;

import java.time.Instant;
import java.util.List;

/** Object storage of document bytes (the {@code documents} bucket). */
public interface DocumentStore {

  /**
   * Stores the bytes under their content-addressed key with retention until {@code retainUntil}.
   * Storing the same bytes again is harmless.
   */
  StoredObject put(byte[] content, String contentType, Instant retainUntil);

  /** The bytes stored under this key. */
  byte[] get(String key);

  /**
   * The bytes stored under each key, in the keys' order (a print batch's documents). A store may
   * read several at once; this one reads them one after the other. Fails when any one cannot be
   * read.
   */
  default List<byte[]> getAll(List<String> keys) {
    return keys.stream().map(this::get).toList();
  }
}
