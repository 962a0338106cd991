package org.ccmportal.preferences.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.junit.jupiter.api.Test;

/** Field encryption, keyed lookup hashes and the master key's sources. */
class CryptoTest {
  private static final MasterKey KEY = MasterKey.of("unit-test-master-key-0123456789");

  @Test
  void encryptionUsesARandomIvAndDecryptsBack() {
    FieldEncryptor enc = FieldEncryptor.with(KEY);
    String a = enc.encrypt("ann@example.org");
    String b = enc.encrypt("ann@example.org");
    assertNotEquals(a, b, "random salt and IV: equal addresses give different ciphertexts");
    assertFalse(a.contains("ann"), a);
    assertEquals("ann@example.org", enc.decrypt(a));
    assertEquals("ann@example.org", enc.decrypt(b));
  }

  @Test
  void anotherKeyCannotDecrypt() {
    String cipher = FieldEncryptor.with(KEY).encrypt("ann@example.org");
    FieldEncryptor other = FieldEncryptor.with(MasterKey.of("another-master-key-0123456789"));
    assertThrows(RuntimeException.class, () -> other.decrypt(cipher));
  }

  @Test
  void lookupHashIsStablePerKeyKindAndValue() {
    LookupHash hash = LookupHash.with(KEY);
    String h = hash.hash(ContactKind.EMAIL, "ann@example.org");
    assertTrue(h.matches("[0-9a-f]{64}"), h);
    assertEquals(h, hash.hash(ContactKind.EMAIL, "ann@example.org"));
    assertNotEquals(h, hash.hash(ContactKind.SMS, "ann@example.org"));
    assertNotEquals(h, hash.hash(ContactKind.EMAIL, "bob@example.org"));
    assertNotEquals(
        h,
        LookupHash.with(MasterKey.of("another-master-key-0123456789"))
            .hash(ContactKind.EMAIL, "ann@example.org"),
        "without the key nobody can confirm a guessed address");
  }

  @Test
  void derivedKeysDifferPerPurpose() {
    assertFalse(
        java.util.Arrays.equals(KEY.derive(LookupHash.LABEL), KEY.derive(TokenSigner.LABEL)));
  }

  @Test
  void theDemoKeyIsUsedOnlyOnTheDemoStack() {
    assertEquals(
        "configured-key-0123456789",
        MasterKey.resolve(
            Map.of("CCM_MASTER_KEY", "configured-key-0123456789", "CCM_DEMO_DATA", "true")));
    assertEquals(MasterKey.DEMO_KEY, MasterKey.resolve(Map.of("CCM_DEMO_DATA", "true")));
    assertThrows(IllegalStateException.class, () -> MasterKey.resolve(Map.of()));
    assertThrows(IllegalStateException.class, () -> MasterKey.of("short"));
  }
}
