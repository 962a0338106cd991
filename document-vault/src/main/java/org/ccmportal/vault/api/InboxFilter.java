package org.ccmportal.vault.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a customer narrows their inbox to. Every part is optional; {@code from} and {@code to} are
 * inclusive calendar days (UTC). The search text matches titles case-insensitively and literally:
 * {@code %} and {@code _} are characters, not wildcards.
 *
 * @param type only documents of this type, or null for all
 * @param from issued on or after this day, or null
 * @param to issued on or before this day, or null
 * @param read only read (true) or unread (false) documents, or null for both
 * @param q text the title must contain, or null
 */
public record InboxFilter(DocumentType type, LocalDate from, LocalDate to, Boolean read, String q)
    implements Serializable {
  /** The longest search text accepted. */
  public static final int MAX_SEARCH = 100;

  public InboxFilter {
    q = q == null || q.isBlank() ? null : q.strip();
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidRequestException("from", "from must be on or before to");
    }
    if (q != null && q.length() > MAX_SEARCH) {
      throw new InvalidRequestException(
          "q", "q (the search text) must be at most " + MAX_SEARCH + " characters");
    }
  }

  /** No filter: all documents in the display window. */
  public static InboxFilter none() {
    return new InboxFilter(null, null, null, null, null);
  }
}
