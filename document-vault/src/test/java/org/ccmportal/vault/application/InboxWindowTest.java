package org.ccmportal.vault.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InboxFilter;
import org.junit.jupiter.api.Test;

class InboxWindowTest {
  static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");

  @Test
  void theWindowStartsTheConfiguredNumberOfMonthsAgo() {
    assertEquals(Instant.parse("2024-11-22T10:15:00Z"), new InboxWindow(24).start(NOW));
    assertEquals(Instant.parse("2026-05-22T10:15:00Z"), new InboxWindow(6).start(NOW));
  }

  @Test
  void aFilterCannotReachBeforeTheWindow() {
    var query =
        new InboxWindow(24)
            .query("C-1", new InboxFilter(null, LocalDate.of(2000, 1, 1), null, null, null), NOW);
    assertEquals(Instant.parse("2024-11-22T10:15:00Z"), query.issuedFrom());
    assertNull(query.issuedBefore());
  }

  @Test
  void daysAreInclusiveUtcCalendarDays() {
    var query =
        new InboxWindow(24)
            .query(
                "C-1",
                new InboxFilter(
                    DocumentType.STATEMENT,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 31),
                    false,
                    " Jan "),
                NOW);
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), query.issuedFrom());
    assertEquals(Instant.parse("2026-02-01T00:00:00Z"), query.issuedBefore());
    assertEquals(DocumentType.STATEMENT, query.type());
    assertEquals(false, query.read());
    assertEquals("Jan", query.titleContains());
    assertEquals("C-1", query.customerId());
  }

  @Test
  void aWindowIsAtLeastOneMonth() {
    assertThrows(IllegalArgumentException.class, () -> new InboxWindow(0));
  }
}
