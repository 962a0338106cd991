package org.ccmportal.vault.domain.model.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.preferences.api.Channel;

/** Delivery items and their events. */
public interface DeliveryItemRepository {

  /** Adds the item unless one with its idempotency key exists; returns the stored one. */
  DeliveryItem queue(DeliveryItem item);

  void add(DeliveryEvent event);

  /** Ids of email and SMS items due for an attempt, oldest first. */
  List<Long> due(Instant now, int max);

  /**
   * Locks one email or SMS item that is due for an attempt; empty when another worker holds it or
   * it is not waiting any more.
   */
  Optional<DeliveryItem> claimDue(long id, Instant now);

  /** Locks one item whatever its state; empty when another worker holds it. */
  Optional<DeliveryItem> lock(long id);

  /** Locks up to {@code max} queued print items that are in no batch yet (skipping locked ones). */
  List<DeliveryItem> claimUnbatchedPrint(Instant now, int max);

  /** Batches that were assigned items but not confirmed yet (oldest first). */
  List<String> openPrintBatches();

  /** The queued items of a print batch, in batch order. */
  List<DeliveryItem> printBatch(String batch);

  /** Dead items, most recent first. */
  List<DeliveryItem> dead(int offset, int limit);

  long countDead();

  Optional<DeliveryItem> find(long id);

  /** Locks the item with this idempotency key; empty when no item has it. */
  Optional<DeliveryItem> lockByKey(String idempotencyKey);

  /** Locks the email item sent with this Message-ID; empty when no item has it. */
  Optional<DeliveryItem> lockByMessageId(String messageId);

  /** Whether the document already has this event on this channel. */
  boolean hasEvent(UUID documentId, Channel channel, DeliveryEvent.Status status);
}
