package org.ccmportal.vault.domain.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxLanesTest {

  @Test
  void aDocumentsItemsShareOneLaneInTheirOrder() {
    List<OutboxLanes.Due> due = new ArrayList<>();
    List<UUID> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      docs.add(UUID.randomUUID());
    }
    long id = 1;
    for (UUID doc : docs) {
      due.add(new OutboxLanes.Due(id++, doc)); // ARCHIVE
    }
    for (UUID doc : docs) {
      due.add(new OutboxLanes.Due(id++, doc)); // NOTIFY
    }
    List<List<Long>> lanes = OutboxLanes.partition(due, 4);
    assertTrue(lanes.size() > 1 && lanes.size() <= 4, "shared out: " + lanes.size());
    Set<Long> seen = new HashSet<>();
    for (List<Long> lane : lanes) {
      assertEquals(lane.stream().sorted().toList(), lane, "each lane keeps the pass's order");
      seen.addAll(lane);
    }
    assertEquals(80, seen.size(), "every item once");
    for (int d = 0; d < docs.size(); d++) {
      long archive = d + 1;
      long notify = d + 41;
      assertTrue(
          lanes.stream().anyMatch(l -> l.contains(archive) && l.contains(notify)),
          "both items of document " + d + " in one lane");
    }
  }

  @Test
  void oneLaneIsTheSequentialOrderAndNoWorkNoLanes() {
    List<OutboxLanes.Due> due =
        List.of(
            new OutboxLanes.Due(3, UUID.randomUUID()),
            new OutboxLanes.Due(1, UUID.randomUUID()),
            new OutboxLanes.Due(2, UUID.randomUUID()));
    assertEquals(List.of(List.of(3L, 1L, 2L)), OutboxLanes.partition(due, 1));
    assertEquals(List.of(), OutboxLanes.partition(List.of(), 4));
    assertThrows(IllegalArgumentException.class, () -> OutboxLanes.partition(due, 0));
  }
}
