package org.ccmportal.preferences.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import org.ccmportal.preferences.domain.model.ShortCodeHasher;

/**
 * HMAC-SHA256 of a verification code with its salt and contact point, under a key derived from the
 * master key for this purpose only: a database reader cannot try the million 6-digit codes against
 * the stored hash without the key.
 */
@ApplicationScoped
public class ShortCodeHash implements ShortCodeHasher {
  static final String LABEL = "ccm/preferences/sms-verification-code/v1";

  private final byte[] key;

  public ShortCodeHash() {
    this(MasterKey.fromEnvironment());
  }

  ShortCodeHash(MasterKey masterKey) {
    this.key = masterKey.derive(LABEL);
  }

  /** For tests: a hasher with a given key. */
  public static ShortCodeHash with(MasterKey key) {
    return new ShortCodeHash(key);
  }

  @Override
  public String hash(long contactPointId, String salt, String code) {
    return HexFormat.of().formatHex(MasterKey.hmac(key, contactPointId + ":" + salt + ":" + code));
  }
}
