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
import org.ccmportal.preferences.api.DeliverySettings;
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
            d(Channel.PRINT, "RULE", null)),
        ChannelResolution.decide(everythingOn(), EMAIL, MOBILE, Category.STATEMENTS, false));
  }

  @Test
  void portalIsAPreferenceForCategoriesThatAreNotLegallyRequired() {
    assertEquals(
        List.of(
            d(Channel.PORTAL, "PREFERENCE", null),
            d(Channel.EMAIL, "PREFERENCE", "ann@example.org"),
            d(Channel.SMS, "PREFERENCE", "+41790000000")),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), EMAIL, MOBILE, Category.SERVICE_ALERTS, false));
  }

  @Test
  void legallyRequiredCategoryReachesThePortalEvenIfTheCellsSayOff() {
    List<PreferenceCell> allOff =
        PreferenceRules.defaultCells().stream()
            .map(c -> new PreferenceCell(c.category(), c.channel(), false, false, null))
            .toList();
    assertEquals(
        List.of(d(Channel.PORTAL, "RULE", null), d(Channel.PRINT, "RULE", null)),
        ChannelResolution.decide(allOff, EMAIL, MOBILE, Category.POLICY_DOCUMENTS, false));
  }

  @Test
  void withoutPaperlessConsentLegallyRequiredDocumentsGoToPortalAndPrint() {
    for (Category category : Category.values()) {
      if (category.legallyRequired()) {
        assertEquals(
            List.of(d(Channel.PORTAL, "RULE", null), d(Channel.PRINT, "RULE", null)),
            ChannelResolution.decide(PreferenceRules.defaultCells(), NONE, NONE, category, false),
            category.name());
      }
    }
  }

  @Test
  void withoutPaperlessConsentEmailNoticesStillFollowThePreference() {
    assertEquals(
        List.of(
            d(Channel.PORTAL, "RULE", null),
            d(Channel.EMAIL, "PREFERENCE", "ann@example.org"),
            d(Channel.PRINT, "RULE", null)),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), EMAIL, NONE, Category.STATEMENTS, false));
  }

  @Test
  void withPaperlessConsentLegallyRequiredDocumentsGoToPortalAndAnEmailNoticeNotToPrint() {
    for (Category category : Category.values()) {
      if (category.legallyRequired()) {
        assertEquals(
            List.of(
                d(Channel.PORTAL, "RULE", null),
                d(Channel.EMAIL, "RULE", "ann@example.org"),
                d(Channel.SMS, "PREFERENCE", "+41790000000")),
            ChannelResolution.decide(everythingOn(), EMAIL, MOBILE, category, true),
            "print is off while paperless is granted, even if the print cell is on: " + category);
      }
    }
  }

  @Test
  void withPaperlessConsentTheEmailNoticeIsSentEvenIfTheEmailCellIsOff() {
    PreferenceSet set = PreferenceSet.withDefaults(new CustomerId("c1"), Instant.EPOCH);
    set.change(0, Category.STATEMENTS, Channel.EMAIL, false, Instant.EPOCH);
    assertEquals(
        List.of(d(Channel.PORTAL, "RULE", null), d(Channel.EMAIL, "RULE", "ann@example.org")),
        ChannelResolution.decide(set.cells(), EMAIL, NONE, Category.STATEMENTS, true));
  }

  @Test
  void paperlessWithoutAVerifiedEmailFallsBackToPrint() {
    assertEquals(
        List.of(d(Channel.PORTAL, "RULE", null), d(Channel.PRINT, "FALLBACK", null)),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), NONE, NONE, Category.REGULATORY_NOTICES, true));
  }

  @Test
  void paperlessConsentDoesNotChangeCategoriesThatAreNotLegallyRequired() {
    assertEquals(
        ChannelResolution.decide(everythingOn(), EMAIL, MOBILE, Category.SERVICE_ALERTS, false),
        ChannelResolution.decide(everythingOn(), EMAIL, MOBILE, Category.SERVICE_ALERTS, true));
    assertEquals(
        List.of(
            d(Channel.PORTAL, "PREFERENCE", null),
            d(Channel.EMAIL, "PREFERENCE", "ann@example.org"),
            d(Channel.SMS, "PREFERENCE", "+41790000000"),
            d(Channel.PRINT, "PREFERENCE", null)),
        ChannelResolution.decide(everythingOn(), EMAIL, MOBILE, Category.SERVICE_ALERTS, true));
  }

  @Test
  void noFallbackForCategoriesThatAreNotLegallyRequired() {
    assertEquals(
        List.of(d(Channel.PORTAL, "PREFERENCE", null)),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), NONE, NONE, Category.PAYMENT_REMINDERS, false));
  }

  @Test
  void smsNeedsAVerifiedMobile() {
    assertEquals(
        List.of(
            d(Channel.PORTAL, "PREFERENCE", null),
            d(Channel.EMAIL, "PREFERENCE", "ann@example.org")),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), EMAIL, NONE, Category.SERVICE_ALERTS, false));
  }

  @Test
  void marketingByDefaultGoesNowhere() {
    assertEquals(
        List.of(),
        ChannelResolution.decide(
            PreferenceRules.defaultCells(), EMAIL, MOBILE, Category.MARKETING, false));
  }

  @Test
  void noSmsDuringQuietHoursInTheCustomersZone() {
    List<ChannelDecision> all =
        ChannelResolution.decide(everythingOn(), EMAIL, MOBILE, Category.SERVICE_ALERTS, false);
    DeliverySettings paris = DeliverySettings.parse("Europe/Paris", "22:00", "07:00", "fr", 1);
    Instant lateInParis = Instant.parse("2026-01-15T23:30:00Z"); // 00:30 in Paris
    Instant morningInParis = Instant.parse("2026-01-16T06:00:00Z"); // 07:00 in Paris
    assertEquals(
        List.of(
            d(Channel.PORTAL, "PREFERENCE", null),
            d(Channel.EMAIL, "PREFERENCE", "ann@example.org"),
            d(Channel.PRINT, "PREFERENCE", null)),
        ChannelResolution.outsideQuietHours(all, paris, lateInParis));
    assertEquals(all, ChannelResolution.outsideQuietHours(all, paris, morningInParis));
    assertEquals(
        all, ChannelResolution.outsideQuietHours(all, DeliverySettings.DEFAULTS, lateInParis));
  }
}
