package org.ccmportal.vault.domain.model.template.diff;

import java.io.Serializable;
import java.util.Objects;

/**
 * One row of a line difference: a line both texts share, a line only the newer text has, a line
 * only the older text had, or a run of shared lines left out because they are far from any change.
 *
 * @param kind what the row is
 * @param oldLine the line's number in the older text (from 1), 0 when it has none there
 * @param newLine the line's number in the newer text (from 1), 0 when it has none there
 * @param text the line without its line break; empty for a {@link Kind#SKIPPED} row
 * @param skipped how many shared lines a {@link Kind#SKIPPED} row stands for, else 0
 */
public record DiffLine(Kind kind, int oldLine, int newLine, String text, int skipped)
    implements Serializable {

  /** What a row of a difference is. */
  public enum Kind {
    UNCHANGED,
    ADDED,
    REMOVED,
    SKIPPED
  }

  public DiffLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  static DiffLine unchanged(int oldLine, int newLine, String text) {
    return new DiffLine(Kind.UNCHANGED, oldLine, newLine, text, 0);
  }

  static DiffLine added(int newLine, String text) {
    return new DiffLine(Kind.ADDED, 0, newLine, text, 0);
  }

  static DiffLine removed(int oldLine, String text) {
    return new DiffLine(Kind.REMOVED, oldLine, 0, text, 0);
  }

  static DiffLine skipped(int oldLine, int newLine, int count) {
    return new DiffLine(Kind.SKIPPED, oldLine, newLine, "", count);
  }
}
