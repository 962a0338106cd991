package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.EmailDeliveryReport;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.domain.model.ContactPoint;
import org.ccmportal.preferences.domain.model.ContactPointBounce;
import org.ccmportal.preferences.domain.model.ContactPointHasher;
import org.ccmportal.preferences.domain.model.ContactPointRepository;
import org.ccmportal.preferences.domain.model.DeliveryStatus;

/**
 * Applies delivery status reports to contact points. A permanent failure (action failed, status
 * 5.x.x) for a verified email address marks every customer's verified contact point with that
 * address BOUNCED, found by its lookup hash, and appends a bounce record: the resolver stops using
 * it (legally required documents go to print) until it is verified again. A transient failure
 * (4.x.x) or an address nobody has verified changes nothing. When the report names the email it is
 * about (its original Message-ID), an {@link EmailDeliveryReport} is fired afterwards in the same
 * transaction, so the sender of that email records what happened to it.
 */
@ApplicationScoped
@Transactional
public class EmailBounces {
  private static final Logger LOG = Logger.getLogger(EmailBounces.class.getName());

  @Inject ContactPointRepository contactPoints;
  @Inject ContactPointHasher hasher;

  @Inject Event<EmailDeliveryReport> reports;

  /**
   * Applies one recipient's report, then tells the sender of the reported email.
   *
   * @param originalMessageId the Message-ID of the email reported on, or null when unknown
   * @return how many contact points became BOUNCED
   */
  public int apply(DeliveryStatus.Recipient report, String originalMessageId) {
    int bounced = apply(report);
    if (originalMessageId != null) {
      reports.fire(
          new EmailDeliveryReport(
              originalMessageId,
              report.address(),
              report.action(),
              report.status(),
              Instant.now()));
    }
    return bounced;
  }

  /** Applies one recipient's report; returns how many contact points became BOUNCED. */
  public int apply(DeliveryStatus.Recipient report) {
    if (!report.permanent()) {
      LOG.info("delivery report " + report.status() + " (" + report.action() + "): not permanent");
      return 0;
    }
    String address;
    try {
      address = ContactPoint.normalizeEmail(report.address());
    } catch (IllegalArgumentException e) {
      LOG.info("delivery report " + report.status() + " for a malformed address: ignored");
      return 0;
    }
    Instant now = Instant.now();
    int bounced = 0;
    // addresses are stored as typed; mail servers often report them lower-cased
    Set<String> spellings = new LinkedHashSet<>(List.of(address, address.toLowerCase(Locale.ROOT)));
    List<ContactPoint> matches = new ArrayList<>();
    for (String spelling : spellings) {
      matches.addAll(
          contactPoints.verifiedByHash(
              ContactKind.EMAIL, hasher.hash(ContactKind.EMAIL, spelling)));
    }
    for (ContactPoint point : matches) {
      if (point.bounce(now)) {
        contactPoints.addBounce(new ContactPointBounce(point.id(), report, now));
        LOG.info("contact point " + point.id() + " BOUNCED (" + report.status() + ")");
        bounced++;
      }
    }
    if (bounced == 0) {
      LOG.info("delivery report " + report.status() + ": no usable contact point matches");
    }
    return bounced;
  }
}
