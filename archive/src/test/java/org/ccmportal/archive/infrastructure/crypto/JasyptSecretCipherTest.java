package org.ccmportal.archive.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void withoutAMasterKeyOnlyTheDemoStackGetsTheDemoKey() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> new JasyptSecretCipher(null, false));
    assertTrue(refused.getMessage().contains("CCM_MASTER_KEY"));
    assertThrows(IllegalStateException.class, () -> new JasyptSecretCipher("  ", false));
    JasyptSecretCipher demo = new JasyptSecretCipher(null, true);
    String encrypted = demo.encrypt("signing key");
    assertEquals(
        "signing key",
        new JasyptSecretCipher(JasyptSecretCipher.DEMO_MASTER_KEY, false).decrypt(encrypted),
        "the demo stack uses exactly the published demo key");
  }
}
