package org.ccmportal.vault.domain.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.junit.jupiter.api.Test;

class DeliveryItemTest {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofHours(1));
  static final UUID DOC = UUID.randomUUID();

  static DeliveryItem sms() {
    return new DeliveryItem(DOC, "C-1", Category.STATEMENTS, Channel.SMS, "PREFERENCE", NOW, NOW);
  }

  @Test
  void failuresBackOffThenTheLastAttemptIsDead() {
    DeliveryItem item = sms();
    assertEquals(DeliveryItem.Status.FAILED, item.failed("HTTP 503", false, POLICY, NOW));
    assertEquals(NOW.plusSeconds(10), item.nextAttemptAt());
    assertEquals(DeliveryItem.Status.FAILED, item.failed("HTTP 503", false, POLICY, NOW));
    assertEquals(NOW.plusSeconds(20), item.nextAttemptAt());
    assertEquals(DeliveryItem.Status.DEAD, item.failed("HTTP 503", false, POLICY, NOW));
    assertEquals(3, item.attempts());
  }

  @Test
  void aPermanentFailureIsDeadAtOnce() {
    DeliveryItem item = sms();
    assertEquals(DeliveryItem.Status.DEAD, item.failed("NO_ADDRESS: none", true, POLICY, NOW));
    assertEquals(1, item.attempts());
    assertEquals("NO_ADDRESS: none", item.lastError());
  }

  @Test
  void aRetryResetsTheAttemptsAndKeepsTheIdempotencyKey() {
    DeliveryItem item = sms();
    String key = item.idempotencyKey();
    item.failed("refused", true, POLICY, NOW);
    Instant later = NOW.plusSeconds(600);
    item.retry(later);
    assertEquals(DeliveryItem.Status.QUEUED, item.status());
    assertEquals(0, item.attempts());
    assertEquals(later, item.nextAttemptAt());
    assertEquals(key, item.idempotencyKey());
    assertEquals(DOC + ":SMS", key);
  }

  @Test
  void onlyADeadItemCanBeRetried() {
    DeliveryItem item = sms();
    assertThrows(IllegalStateException.class, () -> item.retry(NOW));
    item.sent(NOW, null);
    assertThrows(IllegalStateException.class, () -> item.retry(NOW));
  }

  @Test
  void anItemQueuedForLaterWaitsUntilThen() {
    Instant morning = NOW.plus(Duration.ofHours(8));
    DeliveryItem item =
        new DeliveryItem(DOC, "C-1", Category.STATEMENTS, Channel.SMS, "PREFERENCE", NOW, morning);
    assertEquals(morning, item.nextAttemptAt());
  }

  @Test
  void anEmailCarriesTheMessageIdOfItsKeyAndOnlyASentOneCanBounce() {
    DeliveryItem email =
        new DeliveryItem(DOC, "C-1", Category.STATEMENTS, Channel.EMAIL, "RULE", NOW, NOW);
    assertEquals(DeliveryKeys.messageId(DOC + ":EMAIL"), email.messageId());
    assertEquals(null, sms().messageId(), "only email has a Message-ID");

    assertEquals(false, email.bounced("5.1.1", NOW), "not sent yet");
    assertEquals(DeliveryItem.Status.QUEUED, email.status());
    email.sent(NOW, null);
    assertEquals(true, email.bounced("5.1.1", NOW));
    assertEquals(DeliveryItem.Status.BOUNCED, email.status());
    assertEquals("bounced: 5.1.1", email.lastError());
    assertEquals(false, email.bounced("5.1.1", NOW), "once");
  }
}
