package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.DeliverySettingsService;
import org.ccmportal.preferences.api.UnsubscribeLinks;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.DeliveryItem;
import org.ccmportal.vault.domain.model.delivery.DeliveryItemRepository;
import org.ccmportal.vault.domain.model.delivery.NoticeMessage;
import org.ccmportal.vault.domain.model.delivery.NoticeSender;
import org.ccmportal.vault.domain.model.delivery.RetryPolicy;
import org.ccmportal.vault.domain.model.delivery.SmsSender;
import org.ccmportal.vault.domain.model.delivery.UndeliverableException;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;

/**
 * One attempt at an email or SMS delivery item, in its own transaction: the item is locked, the
 * address is looked up in the preference center at that moment (verified, not bounced; nothing
 * personal is copied into the vault), the notice is sent, archived as a {@code MESSAGE}, and the
 * item is marked sent with a {@code SENT} event, all in that one transaction.
 *
 * <p><b>At least once, not exactly once.</b> The send cannot take part in the database transaction.
 * If the server dies, or the commit fails, after the channel took the message and before the
 * transaction commits, the item is still waiting and is attempted again. For SMS the second send
 * carries the same idempotency key as its reference, and the gateway drops it, so the customer gets
 * one text. SMTP has no such key: in that window (the time between the mail server's answer and the
 * commit, milliseconds in normal operation) the customer may get the same email twice. Every other
 * failure rolls the attempt back and is recorded by {@link #recordFailure} in a new transaction.
 */
@ApplicationScoped
public class DeliveryAttempts {
  private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class.getName());

  @Inject DeliveryItemRepository items;
  @Inject DocumentRepository documents;
  @Inject ChannelResolver resolver;
  @Inject DeliverySettingsService settings;
  @Inject NoticeSender email;
  @Inject SmsSender sms;
  @Inject DeliveryEvents events;
  @Inject RetryPolicy policy;
  @Inject UnsubscribeLinks unsubscribeLinks;

  /** Attempts the item; false when it is not due or another worker holds it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean attempt(long itemId) {
    Instant now = Instant.now();
    DeliveryItem item = items.claimDue(itemId, now).orElse(null);
    if (item == null) {
      return false;
    }
    Document document = documentOf(item);
    Optional<ChannelDecision> decision = chosen(item, now);
    if (decision.isEmpty()) {
      Instant allowed =
          item.channel() == Channel.SMS
              ? QuietHours.smsAllowedFrom(settings.current(item.customerId()), now)
              : now;
      if (allowed.isAfter(now)) {
        item.deferTo(allowed, now);
      } else {
        item.cancelled(
            "CHANNEL_WITHDRAWN: the customer no longer receives this by this channel", now);
        events.record(
            document,
            item.channel(),
            item.reason(),
            DeliveryEvent.Status.CANCELLED,
            item.lastError(),
            now,
            true);
        LOG.info("delivery item " + itemId + " " + item.channel() + " cancelled");
      }
      return true;
    }
    NoticeMessage message =
        item.channel() == Channel.EMAIL && item.category() == Category.MARKETING
            ? NoticeMessage.newOffer(
                NoticeTexts.portalUrl(),
                unsubscribeLinks.headersFor(item.customerId(), ConsentPurpose.MARKETING_EMAIL))
            : NoticeTexts.of(item.channel(), document);
    switch (item.channel()) {
      case EMAIL -> email.send(decision.get().address(), message, item.idempotencyKey());
      case SMS -> sms.send(decision.get().address(), message.body(), item.idempotencyKey());
      default -> throw new IllegalStateException(item.channel() + " is not sent by this worker");
    }
    events.message(document, item.channel(), message, now);
    events.record(
        document,
        item.channel(),
        item.reason(),
        DeliveryEvent.Status.SENT,
        "attempt " + (item.attempts() + 1),
        now,
        true);
    item.sent(now, null);
    LOG.info("delivery item " + itemId + " " + item.channel() + " sent");
    return true;
  }

  /**
   * Records a failed attempt: the item waits for its next attempt, or is dead when the failure is
   * permanent or it was the last attempt. Every failed attempt is a delivery event.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(long itemId, RuntimeException cause) {
    items
        .lock(itemId)
        .ifPresent(
            item -> {
              Instant now = Instant.now();
              boolean permanent = cause instanceof UndeliverableException;
              String error =
                  permanent
                      ? cause.getMessage()
                      : cause.getClass().getSimpleName() + ": " + cause.getMessage();
              DeliveryItem.Status status = item.failed(error, permanent, policy, now);
              documents
                  .find(item.documentId())
                  .ifPresent(
                      document ->
                          events.record(
                              document,
                              item.channel(),
                              item.reason(),
                              status == DeliveryItem.Status.DEAD
                                  ? DeliveryEvent.Status.DEAD
                                  : DeliveryEvent.Status.FAILED,
                              item.lastError(),
                              now,
                              false));
              LOG.info(
                  "delivery item "
                      + itemId
                      + " "
                      + item.channel()
                      + " attempt "
                      + item.attempts()
                      + " failed: "
                      + status);
            });
  }

  /** The channel as the preference center chooses it now, with the address to use. */
  private Optional<ChannelDecision> chosen(DeliveryItem item, Instant now) {
    List<ChannelDecision> decisions = resolver.resolve(item.customerId(), item.category(), now);
    return decisions.stream().filter(d -> d.channel() == item.channel()).findFirst();
  }

  private Document documentOf(DeliveryItem item) {
    return documents
        .find(item.documentId())
        .orElseThrow(() -> new IllegalStateException("document of delivery item is missing"));
  }
}
