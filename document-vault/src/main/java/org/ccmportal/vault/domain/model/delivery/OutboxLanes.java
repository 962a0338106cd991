package org.ccmportal.vault.domain.model.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How one pass of the outbox is shared between workers: every item of a document goes to the same
 * lane, in the order the pass read them, so a document's work (its archive copy, then its delivery
 * plan) is done in order while different documents are worked on at once.
 */
public final class OutboxLanes {

  /** A due outbox item and its document. */
  public record Due(long id, UUID documentId) {
    public Due {
      Objects.requireNonNull(documentId, "documentId");
    }
  }

  private OutboxLanes() {}

  /**
   * The item ids in at most {@code lanes} lanes, each in the order given; empty lanes are left out.
   *
   * @throws IllegalArgumentException when {@code lanes} is less than 1
   */
  public static List<List<Long>> partition(List<Due> due, int lanes) {
    if (lanes < 1) {
      throw new IllegalArgumentException("lanes must be at least 1");
    }
    List<List<Long>> result = new ArrayList<>();
    for (int i = 0; i < lanes; i++) {
      result.add(new ArrayList<>());
    }
    for (Due d : due) {
      result.get(Math.floorMod(d.documentId().hashCode(), lanes)).add(d.id());
    }
    result.removeIf(List::isEmpty);
    return result;
  }
}
