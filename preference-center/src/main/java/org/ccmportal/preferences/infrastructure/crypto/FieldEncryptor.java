package org.ccmportal.preferences.infrastructure.crypto;

import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.jasypt.iv.RandomIvGenerator;
import org.jasypt.salt.RandomSaltGenerator;

/**
 * Encrypts personal fields at rest: jasypt PBEWITHHMACSHA512ANDAES_256 (AES-256) with a random salt
 * and a random IV, so that the same address gives a different ciphertext every time (equality
 * lookups use {@link LookupHash} instead).
 */
public final class FieldEncryptor {
  private static volatile FieldEncryptor instance;

  private final StandardPBEStringEncryptor encryptor;

  FieldEncryptor(MasterKey key) {
    StandardPBEStringEncryptor e = new StandardPBEStringEncryptor();
    e.setAlgorithm("PBEWITHHMACSHA512ANDAES_256");
    e.setIvGenerator(new RandomIvGenerator());
    e.setSaltGenerator(new RandomSaltGenerator());
    e.setPassword(key.pbePassword());
    e.initialize();
    this.encryptor = e;
  }

  /** The encryptor of this server (key from the environment). */
  public static FieldEncryptor get() {
    FieldEncryptor e = instance;
    if (e == null) {
      synchronized (FieldEncryptor.class) {
        if (instance == null) {
          instance = new FieldEncryptor(MasterKey.fromEnvironment());
        }
        e = instance;
      }
    }
    return e;
  }

  /** For tests: an encryptor with a given key. */
  public static FieldEncryptor with(MasterKey key) {
    return new FieldEncryptor(key);
  }

  public String encrypt(String plain) {
    return plain == null ? null : encryptor.encrypt(plain);
  }

  public String decrypt(String cipher) {
    return cipher == null ? null : encryptor.decrypt(cipher);
  }
}
