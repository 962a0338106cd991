package org.ccmportal.archive.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.ccmportal.archive.domain.merkle.Ed25519Keys;
import org.ccmportal.archive.domain.model.SecretCipher;
import org.ccmportal.archive.domain.model.SigningKeyRepository;
import org.ccmportal.archive.domain.model.StoredSigningKey;

/**
 * The Ed25519 key that signs tree heads. If {@code CCM_ARCHIVE_SIGNING_KEY} holds a base64 PKCS#8
 * private key (the launcher has already decrypted an {@code ENC(...)} value), that key is used.
 * Otherwise the key made at first start is used: generated once, kept in {@code
 * archive.signing_key} with the private key encrypted, never replaced.
 */
@ApplicationScoped
public class SigningKeyProvider {

  private static final Logger LOG = Logger.getLogger(SigningKeyProvider.class.getName());

  @Inject SigningKeyRepository keys;
  @Inject SecretCipher cipher;

  private volatile KeyPair keyPair;

  /** The signing key pair, loaded or made on first use. */
  @Transactional(TxType.REQUIRES_NEW)
  public KeyPair keyPair() {
    KeyPair pair = keyPair;
    if (pair == null) {
      pair = load(System::getenv);
      keyPair = pair;
    }
    return pair;
  }

  /** The key pair from {@code env} (variable name to value, null if unset) or the database. */
  KeyPair load(UnaryOperator<String> env) {
    String configured = env.apply("CCM_ARCHIVE_SIGNING_KEY");
    if (configured != null && !configured.isBlank()) {
      if (configured.startsWith("ENC(")) {
        throw new IllegalStateException(
            "CCM_ARCHIVE_SIGNING_KEY is still encrypted: start the server with the launcher");
      }
      KeyPair pair = Ed25519Keys.fromPkcs8(Base64.getDecoder().decode(configured.trim()));
      LOG.info(() -> "archive: signing key from CCM_ARCHIVE_SIGNING_KEY, id " + keyId(pair));
      return pair;
    }
    StoredSigningKey stored =
        keys.find(StoredSigningKey.TREE_HEAD).orElseGet(this::generateAndStore);
    KeyPair pair =
        Ed25519Keys.fromPkcs8(
            Base64.getDecoder().decode(cipher.decrypt(stored.privateKeyEncrypted())));
    if (!Ed25519Keys.keyId(pair.getPublic()).equals(stored.keyId())) {
      throw new IllegalStateException("archive.signing_key: key id does not match the private key");
    }
    LOG.info(() -> "archive: signing key from archive.signing_key, id " + stored.keyId());
    return pair;
  }

  private StoredSigningKey generateAndStore() {
    KeyPair pair = Ed25519Keys.generate();
    StoredSigningKey key =
        new StoredSigningKey(
            StoredSigningKey.TREE_HEAD,
            Ed25519Keys.keyId(pair.getPublic()),
            Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
            cipher.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())),
            Instant.now());
    StoredSigningKey stored = keys.addIfAbsent(key);
    LOG.info(() -> "archive: generated the tree-head signing key, id " + stored.keyId());
    return stored;
  }

  private static String keyId(KeyPair pair) {
    return Ed25519Keys.keyId(pair.getPublic());
  }
}
