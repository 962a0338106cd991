package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.vault.application.IntegrityAudit;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.DeliveryItem;
import org.ccmportal.vault.domain.model.delivery.DeliveryItemRepository;
import org.ccmportal.vault.domain.model.delivery.RetryPolicy;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;

/**
 * The transactions of a print batch: assign queued items to a new batch (items without a postal
 * address go to the dead-letter list with {@code NO_ADDRESS}), read a batch's contents, and confirm
 * it once its files are in the print drop.
 */
@ApplicationScoped
public class PrintBatchSteps {
  static final String NO_ADDRESS =
      "NO_ADDRESS: the customer has no verified postal address in the preference center";
  static final String INTEGRITY =
      "INTEGRITY: the stored document does not match its SHA-256, so it was not printed"
          + " (archived as INTEGRITY_FAILURE)";
  private static final DateTimeFormatter BATCH_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject DeliveryItemRepository items;
  @Inject DocumentRepository documents;
  @Inject PostalAddresses addresses;
  @Inject DeliveryEvents events;
  @Inject RetryPolicy policy;
  @Inject IntegrityAudit integrity;

  /** How many items joined the batch and how many were dead-lettered. */
  public record Assigned(int assigned, int deadLettered) {}

  /**
   * One document of a batch: its item, its object in the documents bucket (key and recorded
   * SHA-256) and its address.
   */
  public record Entry(
      long itemId,
      String documentId,
      String customerId,
      String objectKey,
      String sha256,
      Optional<List<String>> address) {}

  /**
   * Claims up to {@code max} queued print items for {@code batch}, dead-lettering those without
   * address.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Assigned assign(Instant now, int max, String batch) {
    int assigned = 0;
    int dead = 0;
    for (DeliveryItem item : items.claimUnbatchedPrint(now, max)) {
      if (addresses.of(item.customerId()).isEmpty()) {
        deadLetter(item, NO_ADDRESS, now);
        dead++;
      } else {
        item.assignTo(batch, now);
        assigned++;
      }
    }
    return new Assigned(assigned, dead);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> openBatches() {
    return items.openPrintBatches();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Entry> contents(String batch) {
    return items.printBatch(batch).stream()
        .map(
            item ->
                new Entry(
                    item.id(),
                    item.documentId().toString(),
                    item.customerId(),
                    document(item).object().key(),
                    document(item).object().sha256(),
                    addresses.of(item.customerId())))
        .toList();
  }

  /**
   * Marks the printed items sent with the batch, and dead: the ones that lost their address and the
   * ones whose stored bytes failed their integrity check ({@code tampered}: item id to the bytes'
   * SHA-256), which are archived as {@code INTEGRITY_FAILURE} too.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void complete(
      String batch,
      List<Long> printed,
      List<Long> withoutAddress,
      Map<Long, String> tampered,
      Instant now) {
    for (Long id : printed) {
      items
          .find(id)
          .filter(i -> i.status() == DeliveryItem.Status.QUEUED && batch.equals(i.printBatch()))
          .ifPresent(
              item -> {
                item.sent(now, batch);
                events.record(
                    document(item),
                    Channel.PRINT,
                    item.reason(),
                    DeliveryEvent.Status.SENT,
                    "print batch " + batch,
                    now,
                    true);
              });
    }
    for (Long id : withoutAddress) {
      items.find(id).ifPresent(item -> deadLetter(item, NO_ADDRESS, now));
    }
    tampered.forEach(
        (id, actualSha256) ->
            items
                .find(id)
                .ifPresent(
                    item -> {
                      integrity.failure(document(item), actualSha256, "print-run");
                      deadLetter(item, INTEGRITY, now);
                    }));
  }

  /** The date folder of a batch, from its id. */
  static String dateOf(String batch) {
    return batch.substring(0, 4) + "-" + batch.substring(4, 6) + "-" + batch.substring(6, 8);
  }

  private void deadLetter(DeliveryItem item, String reason, Instant now) {
    item.failed(reason, true, policy, now);
    events.record(
        document(item),
        Channel.PRINT,
        item.reason(),
        DeliveryEvent.Status.DEAD,
        item.lastError(),
        now,
        false);
  }

  private Document document(DeliveryItem item) {
    return documents
        .find(item.documentId())
        .orElseThrow(() -> new IllegalStateException("document of delivery item is missing"));
  }

  /** A new batch id: {@code yyyyMMdd-HHmmss-} (UTC) and 8 random hex digits. */
  static String newBatchId(Instant now) {
    byte[] random = new byte[4];
    RANDOM.nextBytes(random);
    return BATCH_TIME.format(now) + "-" + HexFormat.of().formatHex(random);
  }
}
