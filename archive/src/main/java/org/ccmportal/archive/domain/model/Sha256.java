package org.ccmportal.archive.domain.model;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ccmportal.archive.domain.merkle.MerkleHash;

/**
 * A SHA-256 digest, kept as 64 lower-case hex digits: the one spelling used in keys, rows and
 * leaves, so that equal content always gives equal text.
 *
 * @param hex 64 lower-case hex digits
 */
public record Sha256(String hex) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public Sha256 {
    if (hex == null || !HEX64.matcher(hex).matches()) {
      throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits");
    }
  }

  /** The digest of the bytes. */
  public static Sha256 of(byte[] data) {
    return new Sha256(HexFormat.of().formatHex(MerkleHash.sha256(data)));
  }

  /** The digest of the UTF-8 bytes of the text. */
  public static Sha256 ofUtf8(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a hex digest given by a caller, in either case.
   *
   * @param field name of the field, for the error message
   */
  public static Sha256 parse(String field, String hex) {
    String normalized = hex == null ? null : hex.toLowerCase(Locale.ROOT);
    if (normalized == null || !HEX64.matcher(normalized).matches()) {
      throw new IllegalArgumentException(field + ": expected a SHA-256 as 64 hex digits");
    }
    return new Sha256(normalized);
  }

  @Override
  public String toString() {
    return hex;
  }
}
