package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.preferences.api.DeliverySettings;
import org.ccmportal.preferences.api.DeliverySettingsService;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.DeliveryItem;
import org.ccmportal.vault.domain.model.delivery.DeliveryItemRepository;
import org.ccmportal.vault.domain.model.delivery.RetryPolicy;
import org.ccmportal.vault.domain.model.document.Document;

/**
 * Turns a document's NOTIFY outbox item into delivery work, in that item's transaction: the portal
 * inbox is available at once (an event), and every other channel the preference center chooses
 * becomes one queued {@link DeliveryItem} (at most one per document and channel, by its idempotency
 * key). Nothing is sent here, so a rolled-back transaction sends nothing. A print item for a
 * customer without a verified postal address goes straight to the dead-letter list ({@code
 * NO_ADDRESS}), where staff see it and retry it once the address is known.
 *
 * <p>SMS quiet hours: the resolver leaves SMS out while the customer's quiet hours are on. Then the
 * channels are resolved again for the moment the quiet hours end, and if SMS is chosen then, the
 * SMS is queued not before that moment.
 */
@ApplicationScoped
public class DeliveryPlanner {

  @Inject ChannelResolver resolver;
  @Inject DeliverySettingsService settings;
  @Inject DeliveryItemRepository items;
  @Inject DeliveryEvents events;
  @Inject PostalAddresses addresses;
  @Inject RetryPolicy policy;

  /** Queues the document's deliveries; returns the channels queued or made available. */
  public List<Channel> plan(Document document, Instant now) {
    Category category = document.type().category();
    List<ChannelDecision> decisions = resolver.resolve(document.customerId(), category, now);
    List<Channel> planned = new ArrayList<>();
    for (ChannelDecision decision : decisions) {
      if (decision.channel() == Channel.PORTAL) {
        events.record(
            document,
            Channel.PORTAL,
            decision.reason(),
            DeliveryEvent.Status.AVAILABLE,
            decision.reason(),
            now,
            true);
      } else {
        queue(document, decision, now, now);
      }
      planned.add(decision.channel());
    }
    if (!planned.contains(Channel.SMS)) {
      deferredSms(document, now)
          .ifPresent(
              at -> {
                queue(document, new ChannelDecision(Channel.SMS, "PREFERENCE", null), now, at);
                planned.add(Channel.SMS);
              });
    }
    return planned;
  }

  /**
   * After the document's email bounced for good: the channels are resolved again (the address is
   * BOUNCED now, so a legally required document is chosen for print, reason {@code EMAIL_BOUNCED})
   * and a print item is queued if print is chosen and the document has none yet. Nothing else is
   * sent again.
   *
   * @return whether a letter was queued
   */
  public boolean afterEmailBounce(Document document, Instant now) {
    for (ChannelDecision decision :
        resolver.resolve(document.customerId(), document.type().category(), now)) {
      if (decision.channel() == Channel.PRINT) {
        return queue(document, decision, now, now);
      }
    }
    return false;
  }

  /** When SMS was left out for quiet hours only: the end of the quiet hours. */
  private Optional<Instant> deferredSms(Document document, Instant now) {
    DeliverySettings current = settings.current(document.customerId());
    Instant allowed = QuietHours.smsAllowedFrom(current, now);
    if (!allowed.isAfter(now)) {
      return Optional.empty();
    }
    boolean chosenThen =
        resolver.resolve(document.customerId(), document.type().category(), allowed).stream()
            .anyMatch(d -> d.channel() == Channel.SMS);
    return chosenThen ? Optional.of(allowed) : Optional.empty();
  }

  /** Queues one channel's item; false when the document already had one on that channel. */
  private boolean queue(
      Document document, ChannelDecision decision, Instant now, Instant notBefore) {
    DeliveryItem wanted =
        new DeliveryItem(
            document.id(),
            document.customerId(),
            document.type().category(),
            decision.channel(),
            decision.reason(),
            now,
            notBefore);
    boolean undeliverable =
        decision.channel() == Channel.PRINT && addresses.of(document.customerId()).isEmpty();
    if (undeliverable) {
      // nothing to print to: on the dead-letter list at once, for staff to fix and retry
      wanted.failed(PrintBatchSteps.NO_ADDRESS, true, policy, now);
    }
    DeliveryItem stored = items.queue(wanted);
    if (stored != wanted) {
      return false;
    }
    events.record(
        document,
        decision.channel(),
        decision.reason(),
        undeliverable ? DeliveryEvent.Status.DEAD : DeliveryEvent.Status.QUEUED,
        undeliverable
            ? wanted.lastError()
            : notBefore.isAfter(now) ? "not before " + notBefore + " (quiet hours)" : null,
        now,
        !undeliverable);
    return true;
  }
}
