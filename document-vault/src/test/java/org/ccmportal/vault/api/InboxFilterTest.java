package org.ccmportal.vault.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InboxFilterTest {

  @Test
  void aRangeThatEndsBeforeItStartsNamesFrom() {
    var e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                new InboxFilter(
                    null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null, null));
    assertEquals("from", e.field());
  }

  @Test
  void blankSearchIsNoSearchAndLongSearchIsRefused() {
    assertNull(new InboxFilter(null, null, null, null, "   ").q());
    var e =
        assertThrows(
            InvalidRequestException.class,
            () -> new InboxFilter(null, null, null, null, "x".repeat(101)));
    assertEquals("q", e.field());
  }
}
