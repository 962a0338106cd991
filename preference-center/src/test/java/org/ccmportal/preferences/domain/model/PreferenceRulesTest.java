package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.PreferenceCell;
import org.ccmportal.preferences.api.PreferenceRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PreferenceRulesTest {

  @Test
  void defaultsAreExactlyTheAgreedCells() {
    Set<String> on =
        PreferenceRules.defaultCells().stream()
            .filter(PreferenceCell::enabled)
            .map(c -> c.category() + "/" + c.channel())
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "STATEMENTS/PORTAL",
            "STATEMENTS/EMAIL",
            "POLICY_DOCUMENTS/PORTAL",
            "POLICY_DOCUMENTS/EMAIL",
            "REGULATORY_NOTICES/PORTAL",
            "REGULATORY_NOTICES/EMAIL",
            "PAYMENT_REMINDERS/PORTAL",
            "PAYMENT_REMINDERS/EMAIL",
            "PAYMENT_REMINDERS/SMS",
            "SERVICE_ALERTS/PORTAL",
            "SERVICE_ALERTS/EMAIL",
            "SERVICE_ALERTS/SMS"),
        on);
  }

  @Test
  void defaultMatrixHasEveryCellInDeclarationOrder() {
    List<PreferenceCell> cells = PreferenceRules.defaultCells();
    assertEquals(Category.values().length * Channel.values().length, cells.size());
    int i = 0;
    for (Category category : Category.values()) {
      for (Channel channel : Channel.values()) {
        assertEquals(category, cells.get(i).category());
        assertEquals(channel, cells.get(i).channel());
        i++;
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void marketingIsOffOnEveryChannelByDefault(Channel channel) {
    assertFalse(PreferenceRules.defaultEnabled(Category.MARKETING, channel));
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void printIsOffByDefault(Category category) {
    assertFalse(PreferenceRules.defaultEnabled(category, Channel.PRINT));
  }

  @ParameterizedTest
  @EnumSource(
      value = Category.class,
      names = {"STATEMENTS", "POLICY_DOCUMENTS", "REGULATORY_NOTICES"})
  void portalIsOnAndLockedForEachLegallyRequiredCategory(Category category) {
    assertTrue(category.legallyRequired());
    PreferenceCell cell = PreferenceRules.cell(category, Channel.PORTAL, false);
    assertTrue(cell.enabled(), "the rule wins over a stored 'off'");
    assertTrue(cell.locked());
    assertEquals("preferences.lock.legallyRequired", cell.lockReason());

    var e =
        assertThrows(
            PreferenceRuleException.class,
            () -> PreferenceRules.checkChange(category, Channel.PORTAL, false));
    assertEquals("preferences.lock.legallyRequired", e.messageKey());
    assertDoesNotThrow(() -> PreferenceRules.checkChange(category, Channel.PORTAL, true));
  }

  @ParameterizedTest
  @EnumSource(
      value = Category.class,
      names = {"PAYMENT_REMINDERS", "SERVICE_ALERTS", "MARKETING"})
  void portalIsFreeForOtherCategories(Category category) {
    PreferenceCell cell = PreferenceRules.cell(category, Channel.PORTAL, false);
    assertFalse(cell.enabled());
    assertFalse(cell.locked());
    assertNull(cell.lockReason());
    assertDoesNotThrow(() -> PreferenceRules.checkChange(category, Channel.PORTAL, false));
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void marketingMayBeSwitchedOnAndOffOnEveryChannelWithItsConsent(Channel channel) {
    Set<ConsentPurpose> all = EnumSet.allOf(ConsentPurpose.class);
    assertDoesNotThrow(() -> PreferenceRules.checkChange(Category.MARKETING, channel, true, all));
    assertDoesNotThrow(() -> PreferenceRules.checkChange(Category.MARKETING, channel, false));
  }

  @ParameterizedTest
  @EnumSource(
      value = Channel.class,
      names = {"EMAIL", "SMS"})
  void marketingByEmailOrSmsNeedsItsOwnConsent(Channel channel) {
    PreferenceRuleException e =
        assertThrows(
            PreferenceRuleException.class,
            () -> PreferenceRules.checkChange(Category.MARKETING, channel, true));
    assertEquals(PreferenceRules.CONSENT_REQUIRED, e.messageKey());
    ConsentPurpose other =
        channel == Channel.EMAIL ? ConsentPurpose.MARKETING_SMS : ConsentPurpose.MARKETING_EMAIL;
    assertThrows(
        PreferenceRuleException.class,
        () ->
            PreferenceRules.checkChange(
                Category.MARKETING, channel, true, Set.of(other, ConsentPurpose.PAPERLESS)));
    assertDoesNotThrow(() -> PreferenceRules.checkChange(Category.MARKETING, channel, false));
  }

  @ParameterizedTest
  @EnumSource(
      value = Channel.class,
      names = {"PORTAL", "PRINT"})
  void marketingOnThePortalOrByPostNeedsNoLedgerConsent(Channel channel) {
    assertDoesNotThrow(() -> PreferenceRules.checkChange(Category.MARKETING, channel, true));
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void printMayBeToggledForEveryCategory(Category category) {
    assertDoesNotThrow(() -> PreferenceRules.checkChange(category, Channel.PRINT, true));
    assertDoesNotThrow(() -> PreferenceRules.checkChange(category, Channel.PRINT, false));
    assertFalse(PreferenceRules.locked(category, Channel.PRINT));
  }

  @Test
  void onlyPortalCellsOfLegallyRequiredCategoriesAreLocked() {
    List<PreferenceCell> locked =
        PreferenceRules.defaultCells().stream().filter(PreferenceCell::locked).toList();
    assertEquals(3, locked.size());
    assertTrue(
        locked.stream()
            .allMatch(c -> c.channel() == Channel.PORTAL && c.category().legallyRequired()));
  }
}
