package org.ccmportal.archive.domain.model;

import java.util.Optional;

/** The archive's stored signing keys, one per purpose, never changed. */
public interface SigningKeyRepository {

  /** The key stored for the purpose, if any. */
  Optional<StoredSigningKey> find(String purpose);

  /**
   * Stores the key unless one is already stored for its purpose (another server may have been
   * first); returns the key that is stored afterwards.
   */
  StoredSigningKey addIfAbsent(StoredSigningKey key);
}
