package org.ccmportal.vault.domain.model.document;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a document's bytes are: a content-addressed key (derived from the SHA-256, never from user
 * input), the hash itself and the size.
 */
public record StoredObject(String key, String sha256, long size) {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public StoredObject {
    Objects.requireNonNull(key, "key");
    if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }

  /** The object key for content with this SHA-256: {@code documents/ab/abcdef...}. */
  public static String keyFor(String sha256) {
    return "documents/" + sha256.substring(0, 2) + "/" + sha256;
  }

  /** Hex SHA-256 of the bytes. */
  public static String sha256Of(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
