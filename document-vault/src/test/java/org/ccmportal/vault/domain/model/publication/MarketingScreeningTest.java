package org.ccmportal.vault.domain.model.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who a marketing publication skips, and why. */
class MarketingScreeningTest {

  @Test
  void otherCategoriesSkipNobody() {
    assertEquals(Optional.empty(), MarketingScreening.skip(false, true, false));
  }

  @Test
  void aHoldWinsOverConsent() {
    assertEquals(Optional.of(SkipReason.MARKETING_HOLD), MarketingScreening.skip(true, true, true));
  }

  @Test
  void withoutConsentTheCustomerIsSkipped() {
    assertEquals(
        Optional.of(SkipReason.NO_MARKETING_CONSENT), MarketingScreening.skip(true, false, false));
    assertEquals(Optional.empty(), MarketingScreening.skip(true, false, true));
  }
}
