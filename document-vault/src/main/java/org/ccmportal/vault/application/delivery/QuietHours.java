package org.ccmportal.vault.application.delivery;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.ccmportal.preferences.api.DeliverySettings;

/**
 * When an SMS may go out: no SMS is sent during the customer's quiet hours (their local time, see
 * {@link DeliverySettings#quietAt}); an SMS due then waits until the quiet hours end.
 */
public final class QuietHours {
  private QuietHours() {}

  /** {@code now} outside quiet hours, else the instant the current quiet hours end. */
  public static Instant smsAllowedFrom(DeliverySettings settings, Instant now) {
    if (!settings.quietAt(now)) {
      return now;
    }
    ZonedDateTime local = now.atZone(settings.timeZone());
    ZonedDateTime end = local.toLocalDate().atTime(settings.quietTo()).atZone(settings.timeZone());
    if (!end.isAfter(local)) {
      end = local.toLocalDate().plusDays(1).atTime(settings.quietTo()).atZone(settings.timeZone());
    }
    return end.toInstant();
  }
}
