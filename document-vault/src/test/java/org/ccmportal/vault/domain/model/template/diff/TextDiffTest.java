package org.ccmportal.vault.domain.model.template.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a reviewer sees: changes with three lines of context, longer unchanged runs collapsed. */
class TextDiffTest {

  @Test
  void aChangeInTheMiddleKeepsThreeLinesOfContextEachSide() {
    TextDiff diff = TextDiff.between(text(20, -1), text(20, 10));
    assertEquals(1, diff.added());
    assertEquals(1, diff.removed());
    assertTrue(diff.changed());
    assertEquals("~6@1/1| 7| 8| 9|-10|+10 new| 11| 12| 13|~7@14/14", render(diff.lines()));
  }

  @Test
  void changesAtTheEdgesHaveNoMarkerBeforeOrAfter() {
    List<String> before = lines(10);
    List<String> after = new ArrayList<>(before);
    after.set(0, "first");
    after.set(9, "last");
    TextDiff diff = TextDiff.between(String.join("\n", before), String.join("\n", after));
    assertEquals("-1|+first| 2| 3| 4|~2@5/5| 7| 8| 9|-10|+last", render(diff.lines()));
  }

  @Test
  void aSingleHiddenLineIsShownRatherThanAMarker() {
    List<String> before = lines(9);
    List<String> after = new ArrayList<>(before);
    after.set(0, "first");
    after.set(8, "last");
    TextDiff diff = TextDiff.between(String.join("\n", before), String.join("\n", after));
    assertEquals("-1|+first| 2| 3| 4| 5| 6| 7| 8|-9|+last", render(diff.lines()));
  }

  @Test
  void identicalTextsAreOneMarker() {
    TextDiff diff = TextDiff.between(text(40, -1), text(40, -1) + "\r\n");
    assertFalse(diff.changed());
    assertEquals(List.of(new DiffLine(DiffLine.Kind.SKIPPED, 1, 1, "", 40)), diff.lines());
  }

  @Test
  void aFirstTextAgainstNothingIsAllAdded() {
    TextDiff diff = TextDiff.between(null, "a\nb");
    assertEquals(2, diff.added());
    assertEquals(0, diff.removed());
    assertEquals("+a|+b", render(diff.lines()));
    assertEquals(List.of(), TextDiff.between("", "").lines());
  }

  @Test
  void theRowsCannotBeChangedAfterwards() {
    TextDiff diff = TextDiff.between("a", "b");
    assertThrows(UnsupportedOperationException.class, () -> diff.lines().clear());
  }

  /** Lines "1".."n"; line {@code changed} (from 1) reads "n new" instead. */
  private static String text(int n, int changed) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> i == changed ? i + " new" : String.valueOf(i))
        .collect(Collectors.joining("\n"));
  }

  private static List<String> lines(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList();
  }

  private static String render(List<DiffLine> rows) {
    return rows.stream()
        .map(
            l ->
                switch (l.kind()) {
                  case ADDED -> "+" + l.text();
                  case REMOVED -> "-" + l.text();
                  case UNCHANGED -> " " + l.text();
                  case SKIPPED -> "~" + l.skipped() + "@" + l.oldLine() + "/" + l.newLine();
                })
        .collect(Collectors.joining("|"));
  }
}
