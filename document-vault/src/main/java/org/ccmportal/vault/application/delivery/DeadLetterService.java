package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Logger;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.DeliveryItem;
import org.ccmportal.vault.domain.model.delivery.DeliveryItemRepository;
import org.ccmportal.vault.domain.model.document.DocumentRepository;

/**
 * The dead-letter list: deliveries that failed for good, for {@code publisher} and {@code admin}
 * staff to see and retry. A retry queues the item again at once with its attempts reset and the
 * same idempotency key (so a message the channel did take is not sent twice); it is a delivery
 * event, archived with the name of the staff member who asked.
 */
@ApplicationScoped
@Transactional
public class DeadLetterService {
  private static final Logger LOG = Logger.getLogger(DeadLetterService.class.getName());
  static final int MAX_LIMIT = 200;

  @Inject DeliveryItemRepository items;
  @Inject DocumentRepository documents;
  @Inject DeliveryEvents events;

  public DeadLetterPage list(Actor actor, int offset, int limit) {
    DeliveryAccess.requireAnyRole(actor, "publisher", "admin");
    if (offset < 0) {
      throw new InvalidRequestException("offset", "offset must be 0 or more");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit", "limit must be from 1 to " + MAX_LIMIT);
    }
    return new DeadLetterPage(
        items.dead(offset, limit).stream().map(DeadLetterService::view).toList(),
        items.countDead(),
        offset,
        limit);
  }

  /**
   * Queues a dead item again.
   *
   * @throws DeliveryItemNotFoundException when there is no such item
   * @throws DeliveryItemStateException when it is not dead (or another worker holds it)
   */
  public DeadLetterView retry(Actor actor, long id) {
    DeliveryAccess.requireAnyRole(actor, "publisher", "admin");
    if (items.find(id).isEmpty()) {
      throw new DeliveryItemNotFoundException(id);
    }
    DeliveryItem item =
        items
            .lock(id)
            .filter(i -> i.status() == DeliveryItem.Status.DEAD)
            .orElseThrow(
                () -> new DeliveryItemStateException("delivery item " + id + " is not dead"));
    Instant now = Instant.now();
    item.retry(now);
    documents
        .find(item.documentId())
        .ifPresent(
            document ->
                events.record(
                    document,
                    item.channel(),
                    item.reason(),
                    DeliveryEvent.Status.QUEUED,
                    "retried from the dead-letter list by " + actor.subject(),
                    now,
                    false));
    LOG.info("dead delivery item " + id + " " + item.channel() + " queued again by staff");
    return view(item);
  }

  private static DeadLetterView view(DeliveryItem item) {
    return new DeadLetterView(
        item.id(),
        item.documentId().toString(),
        item.customerId(),
        item.channel().name(),
        item.status().name(),
        item.attempts(),
        item.lastError(),
        item.updatedAt());
  }
}
