package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.PreferenceCell;
import org.junit.jupiter.api.Test;

class ChannelResolutionTest {

  private static final Optional<String> EMAIL = Optional.of("ann@example.org");
  private static final Optional<String> MOBILE = Optional.of("+41790000000");
  private static final Optional<String> NONE = Optional.empty();

  private static ChannelDecision d(Channel channel, String reason, String address) {
    return new ChannelDecision(channel, reason, address);
  }

  /** The matrix of a customer who switched on every channel of every category. */
  private static List<PreferenceCell> everythingOn() {
    PreferenceSet set = PreferenceSet.withDefaults(new CustomerId("c1"), Instant.EPOCH);
    for (Category category : Category.values()) {
      for (Channel channel : Channel.values()) {
        set.change(0, category, channel, true, EnumSet.allOf(ConsentPurpose.class), Instant.EPOCH);
      }
    }
    return set.cells();
  }

  @Test
  void ordersPortalEmailSmsPrint() {
    assertEquals(
        List.of(
            d(Channel.PORTAL, "RULE", null),
            d(Channel.EMAIL, "PREFERENCE", "ann@example.org"),
            d(Channel.SMS, "PREFERENCE", "+41790000000"),
            d(Channel.PRINT, "PREFERENCE", null)),
        ChannelResolution.decide(everythingOn(), EMAIL, MOBILE, Category.STATEMENTS));
  }

  @Test
  void portalIsAPreferenceForCategoriesThatAreNotLegallyRequired() {
    assertEquals(
        List.of(
            d(Channel.PORTAL, "PREFERENCE", null),
            d(Channel.EMAIL, "PREFERENCE", "ann@example.org"),
            d(Channel.SMS, "PREFERENCE", "+41790000000")),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), EMAIL, MOBILE, Category.SERVICE_ALERTS));
  }

  @Test
  void legallyRequiredCategoryReachesThePortalEvenIfTheCellsSayOff() {
    List<PreferenceCell> allOff =
        PreferenceRules.defaultCells().stream()
            .map(c -> new PreferenceCell(c.category(), c.channel(), false, false, null))
            .toList();
    assertEquals(
        List.of(d(Channel.PORTAL, "RULE", null)),
        ChannelResolution.decide(allOff, EMAIL, MOBILE, Category.POLICY_DOCUMENTS));
  }

  @Test
  void legallyRequiredEmailWithoutVerifiedAddressFallsBackToPrint() {
    assertEquals(
        List.of(d(Channel.PORTAL, "RULE", null), d(Channel.PRINT, "FALLBACK", null)),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), NONE, NONE, Category.REGULATORY_NOTICES));
  }

  @Test
  void noFallbackWhenPrintIsAlreadyChosen() {
    assertEquals(
        List.of(
            d(Channel.PORTAL, "RULE", null),
            d(Channel.SMS, "PREFERENCE", "+41790000000"),
            d(Channel.PRINT, "PREFERENCE", null)),
        ChannelResolution.decide(everythingOn(), NONE, MOBILE, Category.STATEMENTS));
  }

  @Test
  void noFallbackForCategoriesThatAreNotLegallyRequired() {
    assertEquals(
        List.of(d(Channel.PORTAL, "PREFERENCE", null)),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), NONE, NONE, Category.PAYMENT_REMINDERS));
  }

  @Test
  void noFallbackWhenEmailIsNotWanted() {
    PreferenceSet set = PreferenceSet.withDefaults(new CustomerId("c1"), Instant.EPOCH);
    set.change(0, Category.STATEMENTS, Channel.EMAIL, false, Instant.EPOCH);
    assertEquals(
        List.of(d(Channel.PORTAL, "RULE", null)),
        ChannelResolution.decide(set.cells(), NONE, NONE, Category.STATEMENTS));
  }

  @Test
  void smsNeedsAVerifiedMobile() {
    assertEquals(
        List.of(
            d(Channel.PORTAL, "PREFERENCE", null),
            d(Channel.EMAIL, "PREFERENCE", "ann@example.org")),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), EMAIL, NONE, Category.SERVICE_ALERTS));
  }

  @Test
  void marketingByDefaultGoesNowhere() {
    assertEquals(
        List.of(),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), EMAIL, MOBILE, Category.MARKETING));
  }
}
