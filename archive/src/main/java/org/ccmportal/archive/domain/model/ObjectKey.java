package org.ccmportal.archive.domain.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key of an archived object: {@code records/<first 2 hex digits>/<sha256 of the content>}. Keys are
 * derived from the content only, never from anything a user typed, and equal content shares one
 * object.
 *
 * @param value the key
 */
public record ObjectKey(String value) {

  private static final Pattern FORMAT = Pattern.compile("records/([0-9a-f]{2})/([0-9a-f]{64})");

  public ObjectKey {
    Matcher m = value == null ? null : FORMAT.matcher(value);
    if (m == null || !m.matches() || !m.group(2).startsWith(m.group(1))) {
      throw new IllegalArgumentException("an archive object key is records/<xx>/<sha256>");
    }
  }

  /** The key under which content with this digest is stored. */
  public static ObjectKey forContent(Sha256 contentSha256) {
    String hex = contentSha256.hex();
    return new ObjectKey("records/" + hex.substring(0, 2) + "/" + hex);
  }

  /** The SHA-256 of the content stored under this key. */
  public Sha256 contentSha256() {
    return new Sha256(value.substring(value.lastIndexOf('/') + 1));
  }

  @Override
  public String toString() {
    return value;
  }
}
