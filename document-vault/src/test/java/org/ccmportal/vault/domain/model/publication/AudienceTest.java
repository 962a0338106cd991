package org.ccmportal.vault.domain.model.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ccmportal.vault.api.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** What an uploaded audience may hold. */
class AudienceTest {

  @Test
  void duplicatesAndBlankLinesCountOnceInUploadOrder() {
    Audience a = Audience.of(Audience.lines("C-1002\r\nC-1001\n\n C-1002 \nC-1001,C-1003"));
    assertEquals(List.of("C-1002", "C-1001", "C-1003"), a.customerIds());
  }

  @Test
  void aBadEntryIsNamedByItsPosition() {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> Audience.of(List.of("C-1001", "C 1002")));
    assertEquals("audience", e.field());
    assertTrue(e.getMessage().contains("entry 2"), e.getMessage());
  }

  @Test
  void anEmptyOrMissingAudienceIsRefused() {
    assertEquals(
        "audience", assertThrows(InvalidRequestException.class, () -> Audience.of(null)).field());
    assertEquals(
        "audience",
        assertThrows(InvalidRequestException.class, () -> Audience.of(List.of(" ", ""))).field());
  }

  @Test
  void atMostOneHundredThousandDistinctCustomers() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Audience.MAX; i++) {
      ids.add("C-" + i);
    }
    ids.add("C-0"); // a duplicate does not count
    assertEquals(Audience.MAX, Audience.of(ids).size());
    ids.add("C-extra");
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Audience.of(ids));
    assertTrue(e.getMessage().contains("100000"), e.getMessage());
  }
}
