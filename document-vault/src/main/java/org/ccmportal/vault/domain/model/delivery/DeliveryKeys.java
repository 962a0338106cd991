package org.ccmportal.vault.domain.model.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ccmportal.preferences.api.Channel;

/**
 * Idempotency keys of deliveries: one message per recipient, communication and channel. A document
 * is one communication to one recipient (a publication renders one document per recipient), so the
 * key of a document's delivery on a channel is {@code <document id>:<channel>}; for a publication
 * it is {@code <publication id>:<customer id>:<channel>}. The key never changes when an item is
 * retried, and it is the reference the SMS gateway deduplicates on.
 */
public final class DeliveryKeys {
  private static final Pattern CUSTOMER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private DeliveryKeys() {}

  /** The key of a document's delivery on a channel. */
  public static String of(UUID documentId, Channel channel) {
    Objects.requireNonNull(documentId, "documentId");
    return documentId + ":" + sendable(channel);
  }

  /** The key of a publication's delivery to one recipient on a channel. */
  public static String of(UUID publicationId, String customerId, Channel channel) {
    Objects.requireNonNull(publicationId, "publicationId");
    if (customerId == null || !CUSTOMER.matcher(customerId).matches()) {
      throw new IllegalArgumentException("customerId must be 1-64 letters, digits, _ or -");
    }
    return publicationId + ":" + customerId + ":" + sendable(channel);
  }

  /**
   * The {@code Message-ID} of the email sent under a key: {@code <first 128 bits of the key's
   * SHA-256 in hex@ccm-portal>}. The same key always gives the same id, so a resent email is the
   * same message, and a delivery report that returns the id finds its delivery.
   */
  public static String messageId(String idempotencyKey) {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@ccm-portal>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static Channel sendable(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    if (channel == Channel.PORTAL) {
      throw new IllegalArgumentException("the portal inbox needs no delivery: nothing is sent");
    }
    return channel;
  }
}
