package org.ccmportal.archive.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmportal.archive.domain.merkle.Ed25519Keys;
import org.ccmportal.archive.domain.model.SigningKeyRepository;
import org.ccmportal.archive.domain.model.StoredSigningKey;
import org.ccmportal.archive.infrastructure.crypto.JasyptSecretCipherAccess;
import org.junit.jupiter.api.Test;

/**
 * The tree-head signing key: the configured PKCS#8 key when {@code CCM_ARCHIVE_SIGNING_KEY} is set;
 * otherwise one generated at first start, stored with its private key encrypted, and the same key
 * loaded again afterwards.
 */
class SigningKeyProviderTest {

  private final List<StoredSigningKey> rows = new ArrayList<>();

  private SigningKeyProvider provider() {
    SigningKeyProvider p = new SigningKeyProvider();
    p.cipher = JasyptSecretCipherAccess.withMasterKey("test-master-key");
    p.keys =
        new SigningKeyRepository() {
          @Override
          public Optional<StoredSigningKey> find(String purpose) {
            return rows.stream().filter(k -> k.purpose().equals(purpose)).findFirst();
          }

          @Override
          public StoredSigningKey addIfAbsent(StoredSigningKey key) {
            if (find(key.purpose()).isEmpty()) {
              rows.add(key);
            }
            return find(key.purpose()).orElseThrow();
          }
        };
    return p;
  }

  @Test
  void configuredKeyIsUsedAndNothingIsStored() {
    KeyPair configured = Ed25519Keys.generate();
    String base64 = Base64.getEncoder().encodeToString(configured.getPrivate().getEncoded());
    KeyPair used = provider().load(Map.of("CCM_ARCHIVE_SIGNING_KEY", base64)::get);
    assertArrayEquals(configured.getPublic().getEncoded(), used.getPublic().getEncoded());
    assertTrue(rows.isEmpty());
  }

  @Test
  void withoutConfigurationAKeyIsGeneratedOnceAndStoredEncrypted() {
    KeyPair first = provider().load(name -> null);
    assertEquals(1, rows.size());
    StoredSigningKey row = rows.get(0);
    String privateBase64 = Base64.getEncoder().encodeToString(first.getPrivate().getEncoded());
    assertFalse(row.privateKeyEncrypted().contains(privateBase64));
    assertEquals(Ed25519Keys.keyId(first.getPublic()), row.keyId());

    KeyPair again = provider().load(name -> null);
    assertArrayEquals(first.getPublic().getEncoded(), again.getPublic().getEncoded());
    assertEquals(1, rows.size());
  }

  @Test
  void stillEncryptedConfigurationIsRefused() {
    assertThrows(
        IllegalStateException.class,
        () -> provider().load(Map.of("CCM_ARCHIVE_SIGNING_KEY", "ENC(abc)")::get));
  }
}
