package org.ccmportal.archive.infrastructure.crypto;

import org.ccmportal.archive.domain.model.SecretCipher;

/** Lets tests of other packages make a cipher with a given master key. */
public final class JasyptSecretCipherAccess {
  private JasyptSecretCipherAccess() {}

  public static SecretCipher withMasterKey(String masterKey) {
    return new JasyptSecretCipher(masterKey);
  }
}
