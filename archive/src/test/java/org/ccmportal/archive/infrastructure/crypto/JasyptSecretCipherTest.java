package org.ccmportal.archive.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jasypt.exceptions.EncryptionOperationNotPossibleException;
import org.junit.jupiter.api.Test;

/** Secrets at rest: AES-256 PBE with a random IV, readable only with the same master key. */
class JasyptSecretCipherTest {

  @Test
  void encryptsWithRandomIvAndDecryptsWithTheSameKeyOnly() {
    JasyptSecretCipher cipher = new JasyptSecretCipher("master-key-for-test");
    String a = cipher.encrypt("private key bytes");
    String b = cipher.encrypt("private key bytes");
    assertNotEquals(a, b);
    assertFalse(a.contains("private"));
    assertEquals("private key bytes", cipher.decrypt(a));
    assertThrows(
        EncryptionOperationNotPossibleException.class,
        () -> new JasyptSecretCipher("another-key").decrypt(a));
  }
}
