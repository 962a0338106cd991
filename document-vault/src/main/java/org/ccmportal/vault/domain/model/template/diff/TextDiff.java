package org.ccmportal.vault.domain.model.template.diff;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The line difference between two texts as a reviewer reads it: every changed line with {@link
 * #CONTEXT} unchanged lines around it; longer runs of unchanged lines stand as one {@link
 * DiffLine.Kind#SKIPPED} row that says how many lines it leaves out (a single line is shown rather
 * than replaced by a marker as long as itself).
 *
 * @param added how many lines the newer text adds
 * @param removed how many lines of the older text it removes
 * @param lines the rows to show
 */
public record TextDiff(int added, int removed, List<DiffLine> lines) implements Serializable {

  /** Unchanged lines shown before and after each change. */
  public static final int CONTEXT = 3;

  public TextDiff {
    lines = List.copyOf(lines);
  }

  /** The difference from {@code before} to {@code after}, with unchanged runs collapsed. */
  public static TextDiff between(String before, String after) {
    return of(LineDiff.between(before, after), CONTEXT);
  }

  /**
   * A full difference (as {@link LineDiff#between} returns it) with unchanged lines further than
   * {@code context} from a change collapsed.
   */
  static TextDiff of(List<DiffLine> full, int context) {
    int n = full.size();
    boolean[] shown = new boolean[n];
    int added = 0;
    int removed = 0;
    for (int i = 0; i < n; i++) {
      DiffLine.Kind kind = full.get(i).kind();
      if (kind == DiffLine.Kind.UNCHANGED) {
        continue;
      }
      if (kind == DiffLine.Kind.ADDED) {
        added++;
      } else {
        removed++;
      }
      for (int j = Math.max(0, i - context); j <= Math.min(n - 1, i + context); j++) {
        shown[j] = true;
      }
    }
    List<DiffLine> rows = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (shown[i]) {
        rows.add(full.get(i++));
        continue;
      }
      int start = i;
      while (i < n && !shown[i]) {
        i++;
      }
      if (i - start == 1) {
        rows.add(full.get(start));
      } else {
        DiffLine first = full.get(start);
        rows.add(DiffLine.skipped(first.oldLine(), first.newLine(), i - start));
      }
    }
    return new TextDiff(added, removed, rows);
  }

  /** Whether the texts differ in any line. */
  public boolean changed() {
    return added > 0 || removed > 0;
  }
}
