package org.ccmportal.portal.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ccmportal.portal.interfaces.web.archive.ArchiveFormat;
import org.junit.jupiter.api.Test;

/** How the archive pages show instants and request scopes (the scope's end day is included). */
class ArchiveFormatTest {
  private final ArchiveFormat format = new ArchiveFormat();

  @Test
  void instantsAreShownInUtcToTheSecond() {
    assertEquals("2026-11-22 11:46:18 UTC", format.instant("2026-11-22T11:46:18.667125Z"));
    assertEquals("not a date", format.instant("not a date"));
    assertEquals("", format.instant(null));
  }

  @Test
  void scopeShowsItsLastDayIncludedAndEmptyListsAsAll() {
    String json =
        "{\"customerIds\":[\"C-1001\",\"C-1002\"],\"from\":\"2020-01-01T00:00:00Z\","
            + "\"to\":\"2026-11-24T00:00:00Z\",\"categories\":[\"STATEMENTS\"],\"channels\":[]}";
    assertEquals(
        "C-1001, C-1002 · 2020-01-01 to 2026-11-23 · STATEMENTS · all channels",
        format.scope(json));
    assertEquals("{broken", format.scope("{broken"));
  }
}
