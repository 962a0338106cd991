package org.ccmportal.archive.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.ccmportal.archive.domain.model.SecretCipher;
import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.jasypt.iv.RandomIvGenerator;

/**
 * Encrypts the archive's secrets at rest with jasypt: {@code PBEWITHHMACSHA512ANDAES_256}, a random
 * IV and salt per value, password from {@code CCM_MASTER_KEY}. Without that variable the local
 * stack's demo key is used (and a warning logged) only when {@code CCM_DEMO_DATA=true}; anywhere
 * else the cipher refuses to exist, so no archive secret is ever protected by a published key.
 */
@ApplicationScoped
public class JasyptSecretCipher implements SecretCipher {

  /** DEMO ONLY: the local stack's master key when CCM_MASTER_KEY is unset. */
  static final String DEMO_MASTER_KEY = "ccm-demo-master-key-change-me";

  private static final Logger LOG = Logger.getLogger(JasyptSecretCipher.class.getName());

  private final StandardPBEStringEncryptor encryptor;

  public JasyptSecretCipher() {
    this(
        System.getenv("CCM_MASTER_KEY"),
        Boolean.parseBoolean(System.getenv().getOrDefault("CCM_DEMO_DATA", "false")));
  }

  JasyptSecretCipher(String masterKey) {
    this(masterKey, false);
  }

  /**
   * A cipher with the given key; without one, the demo key when {@code demo}, else {@link
   * IllegalStateException} naming the variable.
   */
  JasyptSecretCipher(String masterKey, boolean demo) {
    boolean missing = masterKey == null || masterKey.isBlank();
    if (missing && !demo) {
      throw new IllegalStateException(
          "archive: CCM_MASTER_KEY is not set; the archive's secrets cannot be protected without it");
    }
    encryptor = new StandardPBEStringEncryptor();
    encryptor.setAlgorithm("PBEWITHHMACSHA512ANDAES_256");
    encryptor.setIvGenerator(new RandomIvGenerator());
    if (missing) {
      LOG.warning("archive: CCM_MASTER_KEY is not set; using the DEMO master key (local use only)");
      encryptor.setPassword(DEMO_MASTER_KEY);
    } else {
      encryptor.setPassword(masterKey);
    }
  }

  @Override
  public String encrypt(String plain) {
    return encryptor.encrypt(plain);
  }

  @Override
  public String decrypt(String encrypted) {
    return encryptor.decrypt(encrypted);
  }
}
