package org.ccmportal.vault.domain.model.publication;

import java.util.Optional;

/**
 * Who a marketing publication may reach: a customer under a marketing hold gets nothing, whatever
 * the consents; otherwise the customer needs at least one marketing consent in force (a withdrawal
 * takes effect at once). Publications of other categories skip nobody.
 */
public final class MarketingScreening {
  private MarketingScreening() {}

  /**
   * @param marketing whether the publication's category is MARKETING
   * @param onHold whether the customer has a marketing hold
   * @param consentGranted whether at least one marketing consent is granted now
   * @return why the customer is skipped, or empty when the customer gets the document
   */
  public static Optional<SkipReason> skip(
      boolean marketing, boolean onHold, boolean consentGranted) {
    if (!marketing) {
      return Optional.empty();
    }
    if (onHold) {
      return Optional.of(SkipReason.MARKETING_HOLD);
    }
    return consentGranted ? Optional.empty() : Optional.of(SkipReason.NO_MARKETING_CONSENT);
  }
}
