package org.ccmportal.vault.api;

import java.util.List;

/**
 * How an uploaded audience text is read: one customer id per line (commas and semicolons also
 * separate; blank entries are ignored when the audience is checked).
 */
public final class PublicationAudience {
  /** The largest audience, after duplicates are removed. */
  public static final int MAX = 100_000;

  private PublicationAudience() {}

  /** The entries of the text, in order; null for null. */
  public static List<String> lines(String text) {
    if (text == null) {
      return null;
    }
    return List.of(text.split("[\\r\\n,;]+", -1));
  }
}
