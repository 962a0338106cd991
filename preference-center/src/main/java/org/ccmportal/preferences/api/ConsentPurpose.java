package org.ccmportal.preferences.api;

import java.util.Optional;

/**
 * What a customer consents to. Marketing by email or SMS needs the customer's explicit consent (the
 * MARKETING cell of that channel can be on only while it is granted); paperless delivery of legally
 * required documents needs E-SIGN style consent.
 */
public enum ConsentPurpose {
  MARKETING_EMAIL(Channel.EMAIL),
  MARKETING_SMS(Channel.SMS),
  PAPERLESS(null);

  private final Channel marketingChannel;

  ConsentPurpose(Channel marketingChannel) {
    this.marketingChannel = marketingChannel;
  }

  /** The channel on which this consent allows marketing, if it is a marketing consent. */
  public Optional<Channel> marketingChannel() {
    return Optional.ofNullable(marketingChannel);
  }

  /** The marketing consent a channel needs, if any (portal and post need none). */
  public static Optional<ConsentPurpose> forMarketingOn(Channel channel) {
    for (ConsentPurpose p : values()) {
      if (p.marketingChannel == channel) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
