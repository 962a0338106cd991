package org.ccmportal.portal.interfaces.rest.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature an SMS gateway puts on its delivery receipts, as webhook senders do: header {@code
 * X-CCM-Signature: sha256=<hex HMAC-SHA256 of the exact request body>} with a secret shared with
 * the gateway ({@code CCM_SMS_RECEIPT_SECRET}). Without the secret no receipt is accepted, except
 * on the demo stack ({@code CCM_DEMO_DATA=true}), which uses the DEMO secret below.
 */
public final class ReceiptSignature {
  /** DEMO ONLY - the local stack's secret; production sets CCM_SMS_RECEIPT_SECRET. */
  static final String DEMO_SECRET = "sms-receipt-demo-secret";

  static final String HEADER = "X-CCM-Signature";

  private final byte[] secret;

  private ReceiptSignature(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** The signature configured by the environment; empty when receipts are not configured. */
  static Optional<ReceiptSignature> fromEnvironment(Map<String, String> env) {
    String secret = env.get("CCM_SMS_RECEIPT_SECRET");
    if (secret != null && !secret.isBlank()) {
      return Optional.of(new ReceiptSignature(secret.strip()));
    }
    return Boolean.parseBoolean(env.getOrDefault("CCM_DEMO_DATA", "false"))
        ? Optional.of(new ReceiptSignature(DEMO_SECRET))
        : Optional.empty();
  }

  static ReceiptSignature withSecret(String secret) {
    return new ReceiptSignature(secret);
  }

  /** The header value for a body: {@code sha256=<hex>}. */
  String sign(String body) {
    return "sha256=" + HexFormat.of().formatHex(mac(body));
  }

  /** Whether the header is the body's signature (compared in constant time). */
  boolean verifies(String body, String header) {
    if (body == null || header == null || !header.startsWith("sha256=")) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring(7).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(mac(body), given);
  }

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing", e);
    }
  }
}
