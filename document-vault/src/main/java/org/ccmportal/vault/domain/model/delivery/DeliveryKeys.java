package org.ccmportal.vault.domain.model.delivery;

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

  private static Channel sendable(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    if (channel == Channel.PORTAL) {
      throw new IllegalArgumentException("the portal inbox needs no delivery: nothing is sent");
    }
    return channel;
  }
}
