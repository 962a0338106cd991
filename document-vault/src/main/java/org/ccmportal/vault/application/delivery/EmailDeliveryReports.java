package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.EmailDeliveryReport;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.DeliveryItem;
import org.ccmportal.vault.domain.model.delivery.DeliveryItemRepository;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;

/**
 * What a mail server reported about a document's email, recorded on its delivery (found by the
 * email's Message-ID), in the transaction that read the report:
 *
 * <ul>
 *   <li>a permanent failure (a hard bounce): the item becomes BOUNCED and a BOUNCED event is
 *       recorded and archived; if the document still has to reach the customer on paper (the
 *       preference center now chooses print for it, reason {@code EMAIL_BOUNCED}), a letter is
 *       queued;
 *   <li>a delivery: a DELIVERED event;
 *   <li>anything else (delayed, relayed) changes nothing.
 * </ul>
 *
 * Each report is recorded once per document, however often the server sends it. A report on an
 * email the portal did not send (or of a document since disposed of) is ignored.
 */
@ApplicationScoped
public class EmailDeliveryReports {
  private static final Logger LOG = Logger.getLogger(EmailDeliveryReports.class.getName());

  @Inject DeliveryItemRepository items;
  @Inject DocumentRepository documents;
  @Inject DeliveryEvents events;
  @Inject DeliveryPlanner planner;

  void onReport(@Observes EmailDeliveryReport report) {
    if (!report.permanentFailure() && !report.delivered()) {
      return;
    }
    Optional<DeliveryItem> found = items.lockByMessageId(report.originalMessageId());
    Optional<Document> document = found.flatMap(i -> documents.find(i.documentId()));
    if (document.isEmpty()) {
      LOG.info("delivery report on an email of no known delivery: ignored");
      return;
    }
    DeliveryItem item = found.get();
    DeliveryEvent.Status status =
        report.permanentFailure() ? DeliveryEvent.Status.BOUNCED : DeliveryEvent.Status.DELIVERED;
    if (items.hasEvent(item.documentId(), Channel.EMAIL, status)) {
      return;
    }
    if (status == DeliveryEvent.Status.BOUNCED) {
      item.bounced(report.status(), report.reportedAt());
    }
    events.record(
        document.get(), Channel.EMAIL, "DSN", status, report.status(), report.reportedAt(), true);
    LOG.info(
        () -> "delivery item " + item.id() + " EMAIL " + status + " (" + report.status() + ")");
    if (status == DeliveryEvent.Status.BOUNCED
        && planner.afterEmailBounce(document.get(), report.reportedAt())) {
      LOG.info(() -> "delivery item " + item.id() + ": a letter is queued instead");
    }
  }
}
