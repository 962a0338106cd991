package org.ccmportal.preferences.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.domain.model.ContactPointHasher;

/**
 * Keyed hash (HMAC-SHA256) of a contact point's kind and normalized value: finds and de-duplicates
 * encrypted addresses without decrypting them, and without letting anyone who reads the database
 * confirm a guessed address (the key is not in the database).
 */
@ApplicationScoped
public class LookupHash implements ContactPointHasher {
  static final String LABEL = "ccm/preferences/contact-lookup-hash/v1";

  private final byte[] key;

  public LookupHash() {
    this(MasterKey.fromEnvironment());
  }

  LookupHash(MasterKey masterKey) {
    this.key = masterKey.derive(LABEL);
  }

  /** For tests: a hasher with a given key. */
  public static LookupHash with(MasterKey key) {
    return new LookupHash(key);
  }

  @Override
  public String hash(ContactKind kind, String normalizedValue) {
    return HexFormat.of().formatHex(MasterKey.hmac(key, kind.name() + ":" + normalizedValue));
  }
}
