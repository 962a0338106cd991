package org.ccmportal.portal.interfaces.rest.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceiptSignatureTest {

  @Test
  void onlyTheBodySignedWithTheSharedSecretVerifies() {
    ReceiptSignature signature = ReceiptSignature.withSecret("key");
    // RFC 4231-style check value: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
    String body = "The quick brown fox jumps over the lazy dog";
    assertEquals(
        "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        signature.sign(body));
    assertTrue(signature.verifies(body, signature.sign(body)));
    assertFalse(signature.verifies(body + " ", signature.sign(body)), "another body");
    assertFalse(
        ReceiptSignature.withSecret("other").verifies(body, signature.sign(body)), "another key");
    assertFalse(signature.verifies(body, null));
    assertFalse(signature.verifies(body, "sha1=" + signature.sign(body).substring(7)));
    assertFalse(signature.verifies(body, "sha256=not-hex"));
    assertFalse(signature.verifies(null, signature.sign(body)));
  }

  @Test
  void withoutASecretOnlyTheDemoStackAcceptsReceipts() {
    assertTrue(ReceiptSignature.fromEnvironment(Map.of()).isEmpty());
    assertTrue(ReceiptSignature.fromEnvironment(Map.of("CCM_DEMO_DATA", "false")).isEmpty());
    ReceiptSignature demo =
        ReceiptSignature.fromEnvironment(Map.of("CCM_DEMO_DATA", "true")).orElseThrow();
    assertEquals(ReceiptSignature.withSecret("sms-receipt-demo-secret").sign("x"), demo.sign("x"));
    ReceiptSignature set =
        ReceiptSignature.fromEnvironment(
                Map.of("CCM_DEMO_DATA", "true", "CCM_SMS_RECEIPT_SECRET", " s3cret "))
            .orElseThrow();
    assertEquals(ReceiptSignature.withSecret("s3cret").sign("x"), set.sign("x"), "set wins");
  }
}
