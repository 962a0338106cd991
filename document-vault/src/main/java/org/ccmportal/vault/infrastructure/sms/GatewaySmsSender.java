package org.ccmportal.vault.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ccmportal.preferences.api.SmsGateway;
import org.ccmportal.preferences.api.SmsGatewayException;
import org.ccmportal.vault.domain.model.delivery.DeliveryException;
import org.ccmportal.vault.domain.model.delivery.SmsSender;
import org.ccmportal.vault.domain.model.delivery.UndeliverableException;

/**
 * Sends SMS notices through the {@link SmsGateway} (configured by {@code CCM_SMS_GATEWAY_URL} and
 * {@code CCM_SMS_GATEWAY_TOKEN}); the idempotency key is the gateway's reference. A refusal (HTTP
 * 4xx other than 408 and 429) is permanent: the same request would be refused again. No answer, a
 * timeout, throttling or a 5xx is temporary and retried with back-off.
 */
@ApplicationScoped
public class GatewaySmsSender implements SmsSender {

  @Inject SmsGateway gateway;

  @Override
  public void send(String mobileNumber, String text, String idempotencyKey) {
    try {
      gateway.send(mobileNumber, text, idempotencyKey);
    } catch (SmsGatewayException e) {
      if (permanent(e.status())) {
        throw new UndeliverableException(
            "SMS_REFUSED", "the SMS gateway refused the message (HTTP " + e.status() + ")", e);
      }
      throw new DeliveryException(
          "the SMS gateway did not take the message"
              + (e.status() == 0
                  ? " (unreachable: " + causeOf(e) + ")"
                  : " (HTTP " + e.status() + ")"),
          e);
    }
  }

  private static String causeOf(SmsGatewayException e) {
    return e.getCause() == null ? "no answer" : e.getCause().getClass().getSimpleName();
  }

  /** Whether a gateway status means the message will never be taken as it is. */
  static boolean permanent(int status) {
    return status >= 400 && status < 500 && status != 408 && status != 429;
  }
}
