package org.ccmportal.portal.it;

import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 in hex. */
public final class Hashes {
  private Hashes() {}

  public static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
