package org.ccmportal.vault.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccmportal.preferences.api.SmsGatewayException;
import org.ccmportal.vault.domain.model.delivery.DeliveryException;
import org.ccmportal.vault.domain.model.delivery.UndeliverableException;
import org.junit.jupiter.api.Test;

class GatewaySmsSenderTest {

  @Test
  void aRefusalIsPermanentAnOutageOrThrottlingIsRetried() {
    assertTrue(GatewaySmsSender.permanent(400));
    assertTrue(GatewaySmsSender.permanent(409));
    assertFalse(GatewaySmsSender.permanent(0));
    assertFalse(GatewaySmsSender.permanent(408));
    assertFalse(GatewaySmsSender.permanent(429));
    assertFalse(GatewaySmsSender.permanent(503));
  }

  @Test
  void gatewayErrorsBecomeDeliveryErrors() {
    GatewaySmsSender sender = new GatewaySmsSender();
    sender.gateway =
        (to, text, key) -> {
          throw new SmsGatewayException("refused", 409, null);
        };
    assertThrows(UndeliverableException.class, () -> sender.send("+44", "t", "k"));
    sender.gateway =
        (to, text, key) -> {
          throw new SmsGatewayException("down", 0, null);
        };
    DeliveryException e = assertThrows(DeliveryException.class, () -> sender.send("+44", "t", "k"));
    assertFalse(e instanceof UndeliverableException);
  }
}
