package org.ccmportal.vault.domain.model.template.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shortest line difference between two texts (Myers' O(ND) algorithm in linear space: the
 * middle snake of forward and reverse searches splits the problem in two). Lines compare exactly,
 * after line breaks are normalised: CRLF and CR count as LF, and a final line break does not add an
 * empty line, because a browser sends a textarea with CRLF and neither XSLT nor JSON changes
 * meaning with it. Within a changed block the removed lines come before the added ones.
 */
public final class LineDiff {
  private static final byte EQUAL = 0;
  private static final byte DELETE = 1;
  private static final byte INSERT = 2;

  private final int[] a;
  private final int[] b;
  private byte[] ops = new byte[16];
  private int size;

  private LineDiff(int[] a, int[] b) {
    this.a = a;
    this.b = b;
  }

  /** The lines of a text as this class compares them; none for null or an empty text. */
  public static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalised.endsWith("\n")) {
      normalised = normalised.substring(0, normalised.length() - 1);
    }
    return Arrays.asList(normalised.split("\n", -1));
  }

  /** Every line of both texts, in order: unchanged, removed from {@code before}, added. */
  public static List<DiffLine> between(String before, String after) {
    List<String> oldLines = lines(before);
    List<String> newLines = lines(after);
    Map<String, Integer> ids = new HashMap<>();
    LineDiff diff = new LineDiff(ids(oldLines, ids), ids(newLines, ids));
    diff.diff(0, diff.a.length, 0, diff.b.length);
    return diff.rows(oldLines, newLines);
  }

  private static int[] ids(List<String> lines, Map<String, Integer> ids) {
    int[] result = new int[lines.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = ids.computeIfAbsent(lines.get(i), k -> ids.size());
    }
    return result;
  }

  private void diff(int aLo, int aHi, int bLo, int bHi) {
    while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
      emit(EQUAL, 1);
      aLo++;
      bLo++;
    }
    int suffix = 0;
    while (aHi > aLo && bHi > bLo && a[aHi - 1] == b[bHi - 1]) {
      aHi--;
      bHi--;
      suffix++;
    }
    if (aLo == aHi) {
      emit(INSERT, bHi - bLo);
    } else if (bLo == bHi) {
      emit(DELETE, aHi - aLo);
    } else {
      bisect(aLo, aHi, bLo, bHi);
    }
    emit(EQUAL, suffix);
  }

  /** Finds where the forward and reverse paths meet and diffs the two halves on either side. */
  private void bisect(int aLo, int aHi, int bLo, int bHi) {
    int n = aHi - aLo;
    int m = bHi - bLo;
    int maxD = (n + m + 1) / 2;
    int offset = maxD;
    int length = 2 * maxD + 2;
    int[] forward = new int[length];
    int[] reverse = new int[length];
    Arrays.fill(forward, -1);
    Arrays.fill(reverse, -1);
    forward[offset + 1] = 0;
    reverse[offset + 1] = 0;
    int delta = n - m;
    boolean front = delta % 2 != 0;
    int k1start = 0;
    int k1end = 0;
    int k2start = 0;
    int k2end = 0;
    for (int d = 0; d < maxD; d++) {
      for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        int k1Offset = offset + k1;
        int x1 =
            k1 == -d || (k1 != d && forward[k1Offset - 1] < forward[k1Offset + 1])
                ? forward[k1Offset + 1]
                : forward[k1Offset - 1] + 1;
        int y1 = x1 - k1;
        while (x1 < n && y1 < m && a[aLo + x1] == b[bLo + y1]) {
          x1++;
          y1++;
        }
        forward[k1Offset] = x1;
        if (x1 > n) {
          k1end += 2;
        } else if (y1 > m) {
          k1start += 2;
        } else if (front) {
          int k2Offset = offset + delta - k1;
          if (k2Offset >= 0 && k2Offset < length && reverse[k2Offset] != -1) {
            if (x1 >= n - reverse[k2Offset]) {
              split(aLo, aHi, bLo, bHi, x1, y1);
              return;
            }
          }
        }
      }
      for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        int k2Offset = offset + k2;
        int x2 =
            k2 == -d || (k2 != d && reverse[k2Offset - 1] < reverse[k2Offset + 1])
                ? reverse[k2Offset + 1]
                : reverse[k2Offset - 1] + 1;
        int y2 = x2 - k2;
        while (x2 < n && y2 < m && a[aHi - x2 - 1] == b[bHi - y2 - 1]) {
          x2++;
          y2++;
        }
        reverse[k2Offset] = x2;
        if (x2 > n) {
          k2end += 2;
        } else if (y2 > m) {
          k2start += 2;
        } else if (!front) {
          int k1Offset = offset + delta - k2;
          if (k1Offset >= 0 && k1Offset < length && forward[k1Offset] != -1) {
            int x1 = forward[k1Offset];
            int y1 = offset + x1 - k1Offset;
            if (x1 >= n - x2) {
              split(aLo, aHi, bLo, bHi, x1, y1);
              return;
            }
          }
        }
      }
    }
    // no common line at all
    emit(DELETE, n);
    emit(INSERT, m);
  }

  private void split(int aLo, int aHi, int bLo, int bHi, int x, int y) {
    if ((x == 0 && y == 0) || (x == aHi - aLo && y == bHi - bLo)) {
      emit(DELETE, aHi - aLo); // cannot happen after the prefix and suffix are taken off; stops
      emit(INSERT, bHi - bLo); // an endless recursion should it ever
      return;
    }
    diff(aLo, aLo + x, bLo, bLo + y);
    diff(aLo + x, aHi, bLo + y, bHi);
  }

  private void emit(byte op, int count) {
    if (size + count > ops.length) {
      ops = Arrays.copyOf(ops, Math.max(ops.length * 2, size + count));
    }
    Arrays.fill(ops, size, size + count, op);
    size += count;
  }

  private List<DiffLine> rows(List<String> oldLines, List<String> newLines) {
    List<DiffLine> rows = new ArrayList<>(size);
    List<DiffLine> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (int p = 0; p < size; p++) {
      switch (ops[p]) {
        case DELETE -> {
          rows.add(DiffLine.removed(i + 1, oldLines.get(i)));
          i++;
        }
        case INSERT -> {
          added.add(DiffLine.added(j + 1, newLines.get(j)));
          j++;
        }
        default -> {
          rows.addAll(added);
          added.clear();
          rows.add(DiffLine.unchanged(i + 1, j + 1, oldLines.get(i)));
          i++;
          j++;
        }
      }
    }
    rows.addAll(added);
    return rows;
  }
}
