package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.DeliveryItem;
import org.ccmportal.vault.domain.model.delivery.DeliveryItemRepository;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;

/**
 * Delivery receipts from the SMS gateway: the gateway reports, by the reference the portal gave the
 * message (the delivery's idempotency key), whether the handset received it. "Delivered" adds a
 * DELIVERED event; "undelivered" (expired, rejected by the network) makes a sent item BOUNCED with
 * a BOUNCED event. Both are archived. A receipt sent again changes nothing.
 */
@ApplicationScoped
public class SmsReceipts {
  private static final Logger LOG = Logger.getLogger(SmsReceipts.class.getName());

  /** What a receipt did. */
  public enum Outcome {
    RECORDED,
    ALREADY_RECORDED
  }

  @Inject DeliveryItemRepository items;
  @Inject DocumentRepository documents;
  @Inject DeliveryEvents events;

  /**
   * Records one receipt.
   *
   * @param reference the message's reference: the SMS delivery's idempotency key
   * @param delivered whether the handset received it
   * @param detail the gateway's own status or error code (kept with the event), may be null
   * @throws DeliveryItemNotFoundException when no SMS delivery has that reference
   */
  @Transactional
  public Outcome record(String reference, boolean delivered, String detail, Instant at) {
    Optional<DeliveryItem> found =
        items.lockByKey(reference).filter(i -> i.channel() == Channel.SMS);
    Optional<Document> document = found.flatMap(i -> documents.find(i.documentId()));
    if (document.isEmpty()) {
      throw new DeliveryItemNotFoundException(reference);
    }
    DeliveryItem item = found.get();
    DeliveryEvent.Status status =
        delivered ? DeliveryEvent.Status.DELIVERED : DeliveryEvent.Status.BOUNCED;
    if (items.hasEvent(item.documentId(), Channel.SMS, status)) {
      return Outcome.ALREADY_RECORDED;
    }
    if (!delivered) {
      item.bounced(detail == null ? "undelivered" : detail, at);
    }
    events.record(document.get(), Channel.SMS, "RECEIPT", status, detail, at, true);
    LOG.info(() -> "delivery item " + item.id() + " SMS " + status);
    return Outcome.RECORDED;
  }
}
