package org.ccmportal.vault.domain.model.template.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ccmportal.vault.domain.model.template.diff.DiffLine.Kind;
import org.junit.jupiter.api.Test;

/** The shortest line difference between two texts. */
class LineDiffTest {

  @Test
  void identicalTextsHaveOnlyUnchangedLines() {
    List<DiffLine> diff = LineDiff.between("a\nb\nc", "a\nb\nc");
    assertEquals(
        List.of(
            DiffLine.unchanged(1, 1, "a"),
            DiffLine.unchanged(2, 2, "b"),
            DiffLine.unchanged(3, 3, "c")),
        diff);
  }

  @Test
  void anAddedLineIsNumberedInTheNewerTextOnly() {
    assertEquals(" a|+x| b| c", render(LineDiff.between("a\nb\nc", "a\nx\nb\nc")));
    List<DiffLine> diff = LineDiff.between("a\nb\nc", "a\nx\nb\nc");
    assertEquals(DiffLine.added(2, "x"), diff.get(1));
    assertEquals(DiffLine.unchanged(2, 3, "b"), diff.get(2));
  }

  @Test
  void aRemovedLineIsNumberedInTheOlderTextOnly() {
    List<DiffLine> diff = LineDiff.between("a\nb\nc", "a\nc");
    assertEquals(" a|-b| c", render(diff));
    assertEquals(DiffLine.removed(2, "b"), diff.get(1));
    assertEquals(DiffLine.unchanged(3, 2, "c"), diff.get(2));
  }

  @Test
  void aChangedLineIsRemovedThenAdded() {
    assertEquals(" a|-b|+B| c", render(LineDiff.between("a\nb\nc", "a\nB\nc")));
    assertEquals("-a|-b|+x|+y| c|-d|+z", render(LineDiff.between("a\nb\nc\nd", "x\ny\nc\nz")));
  }

  @Test
  void emptyTextsHaveNoLines() {
    assertEquals(List.of(), LineDiff.between("", ""));
    assertEquals(List.of(), LineDiff.between(null, null));
    assertEquals("+a|+b", render(LineDiff.between("", "a\nb\n")));
    assertEquals("-a|-b", render(LineDiff.between("a\nb", null)));
  }

  @Test
  void aFinalLineBreakAndCarriageReturnsChangeNothing() {
    assertEquals(" a| b", render(LineDiff.between("a\nb", "a\nb\n")));
    assertEquals(" a| b", render(LineDiff.between("a\r\nb\r\n", "a\nb")));
    assertEquals(" a| b", render(LineDiff.between("a\rb", "a\nb")));
    // only the last line break is dropped: an empty last line still counts
    assertEquals(" a|+", render(LineDiff.between("a\n", "a\n\n")));
  }

  @Test
  void whitespaceInsideALineIsAChange() {
    assertEquals("-a b|+a  b", render(LineDiff.between("a b", "a  b")));
  }

  @Test
  void randomTextsRebuildBothSidesWithTheFewestChanges() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      List<String> before = randomLines(random, random.nextInt(25));
      List<String> after = randomLines(random, random.nextInt(25));
      List<DiffLine> diff = LineDiff.between(String.join("\n", before), String.join("\n", after));
      assertEquals(before, side(diff, Kind.REMOVED), "old side, round " + round);
      assertEquals(after, side(diff, Kind.ADDED), "new side, round " + round);
      long changes = diff.stream().filter(l -> l.kind() != Kind.UNCHANGED).count();
      assertEquals(
          before.size() + after.size() - 2L * lcs(before, after),
          changes,
          "shortest, round " + round + ": " + before + " -> " + after);
    }
  }

  @Test
  void fiveThousandLinesWithAFewChangesShowExactlyThoseChanges() {
    List<String> before = numbered(5_000);
    List<String> after = new ArrayList<>(before);
    after.set(10, "changed 10");
    after.remove(2_500);
    after.add(4_000, "inserted");
    List<DiffLine> diff = LineDiff.between(String.join("\n", before), String.join("\n", after));
    List<DiffLine> changes = diff.stream().filter(l -> l.kind() != Kind.UNCHANGED).toList();
    assertEquals(
        List.of(
            DiffLine.removed(11, "line 10"),
            DiffLine.added(11, "changed 10"),
            DiffLine.removed(2_501, "line 2500"),
            DiffLine.added(4_001, "inserted")),
        changes);
    assertEquals(5_002, diff.size());
  }

  @Test
  void fiveThousandLinesReplacedByOthersAreAllRemovedAndAdded() {
    List<String> before = numbered(5_000);
    List<String> after = before.stream().map(l -> l + "'").toList();
    List<DiffLine> diff = LineDiff.between(String.join("\n", before), String.join("\n", after));
    assertEquals(before, side(diff, Kind.REMOVED));
    assertEquals(after, side(diff, Kind.ADDED));
    assertEquals(10_000, diff.size());
  }

  @Test
  void fiveThousandShuffledLinesRebuildBothSides() {
    List<String> before = numbered(5_000);
    List<String> after = new ArrayList<>(before);
    java.util.Collections.shuffle(after, new Random(7));
    List<DiffLine> diff = LineDiff.between(String.join("\n", before), String.join("\n", after));
    assertEquals(before, side(diff, Kind.REMOVED));
    assertEquals(after, side(diff, Kind.ADDED));
  }

  /** The lines of one side: unchanged lines plus the removed (old side) or added (new side). */
  private static List<String> side(List<DiffLine> diff, Kind own) {
    return diff.stream()
        .filter(l -> l.kind() == Kind.UNCHANGED || l.kind() == own)
        .map(DiffLine::text)
        .toList();
  }

  private static String render(List<DiffLine> diff) {
    return diff.stream().map(l -> sign(l.kind()) + l.text()).collect(Collectors.joining("|"));
  }

  private static String sign(Kind kind) {
    return switch (kind) {
      case ADDED -> "+";
      case REMOVED -> "-";
      default -> " ";
    };
  }

  private static List<String> randomLines(Random random, int count) {
    return IntStream.range(0, count).mapToObj(i -> "x" + random.nextInt(4)).toList();
  }

  private static List<String> numbered(int count) {
    return IntStream.range(0, count).mapToObj(i -> "line " + i).toList();
  }

  /** Length of the longest common subsequence, by dynamic programming (the reference). */
  private static int lcs(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        t[i][j] =
            a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t[0][0];
  }
}
