package org.ccmportal.archive.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.ccmportal.archive.domain.model.SecretCipher;
import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.jasypt.iv.RandomIvGenerator;

/**
 * Encrypts the archive's secrets at rest with jasypt: {@code PBEWITHHMACSHA512ANDAES_256}, a random
 * IV and salt per value, password from {@code CCM_MASTER_KEY}. Without that variable the local
 * stack's demo key is used (and a warning logged): never in production.
 */
@ApplicationScoped
public class JasyptSecretCipher implements SecretCipher {

  /** DEMO ONLY: the local stack's master key when CCM_MASTER_KEY is unset. */
  static final String DEMO_MASTER_KEY = "ccm-demo-master-key-change-me";

  private static final Logger LOG = Logger.getLogger(JasyptSecretCipher.class.getName());

  private final StandardPBEStringEncryptor encryptor;

  public JasyptSecretCipher() {
    this(System.getenv("CCM_MASTER_KEY"));
  }

  JasyptSecretCipher(String masterKey) {
    encryptor = new StandardPBEStringEncryptor();
    encryptor.setAlgorithm("PBEWITHHMACSHA512ANDAES_256");
    encryptor.setIvGenerator(new RandomIvGenerator());
    if (masterKey == null || masterKey.isBlank()) {
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
