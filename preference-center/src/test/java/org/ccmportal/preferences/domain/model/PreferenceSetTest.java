package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.PreferenceConflictException;
import org.ccmportal.preferences.api.PreferenceMatrix;
import org.ccmportal.preferences.api.PreferenceRuleException;
import org.junit.jupiter.api.Test;

class PreferenceSetTest {

  private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
  private final PreferenceSet set = PreferenceSet.withDefaults(new CustomerId("cust-1"), T0);

  @Test
  void newSetHoldsTheDefaultsAtVersionZero() {
    PreferenceMatrix matrix = set.toMatrix();
    assertEquals("cust-1", matrix.customerId());
    assertEquals(0, matrix.version());
    assertEquals(PreferenceRules.defaultCells(), matrix.cells());
  }

  @Test
  void changeWithTheCurrentVersionSetsTheCell() {
    set.change(
        0,
        Category.MARKETING,
        Channel.EMAIL,
        true,
        Set.of(ConsentPurpose.MARKETING_EMAIL),
        T0.plusSeconds(1));
    assertTrue(set.toMatrix().cell(Category.MARKETING, Channel.EMAIL).enabled());
    assertFalse(set.toMatrix().cell(Category.MARKETING, Channel.SMS).enabled());
  }

  @Test
  void marketingOnThePortalIsAllowed() {
    set.change(0, Category.MARKETING, Channel.PORTAL, true, T0);
    assertTrue(set.toMatrix().cell(Category.MARKETING, Channel.PORTAL).enabled());
  }

  @Test
  void printCanBeSwitchedOnAndOffAgain() {
    set.change(0, Category.STATEMENTS, Channel.PRINT, true, T0);
    assertTrue(set.toMatrix().cell(Category.STATEMENTS, Channel.PRINT).enabled());
    set.change(0, Category.STATEMENTS, Channel.PRINT, false, T0);
    assertFalse(set.toMatrix().cell(Category.STATEMENTS, Channel.PRINT).enabled());
  }

  @Test
  void changeBasedOnAnotherVersionIsAConflictAndChangesNothing() {
    assertThrows(
        PreferenceConflictException.class,
        () -> set.change(1, Category.MARKETING, Channel.EMAIL, true, T0));
    assertFalse(set.toMatrix().cell(Category.MARKETING, Channel.EMAIL).enabled());
    assertEquals(T0, set.updatedAt());
  }

  @Test
  void switchingOffTheLockedPortalIsRejectedAndChangesNothing() {
    var e =
        assertThrows(
            PreferenceRuleException.class,
            () -> set.change(0, Category.REGULATORY_NOTICES, Channel.PORTAL, false, T0));
    assertEquals(PreferenceRules.LOCK_LEGALLY_REQUIRED, e.messageKey());
    assertTrue(set.toMatrix().cell(Category.REGULATORY_NOTICES, Channel.PORTAL).enabled());
    assertEquals(T0, set.updatedAt());
  }

  @Test
  void everyChangeMovesUpdatedAtForwardSoTheVersionIncrements() {
    set.change(0, Category.STATEMENTS, Channel.EMAIL, true, T0);
    Instant first = set.updatedAt();
    assertTrue(first.isAfter(T0), "even a no-op change at the same instant dirties the set");
    set.change(0, Category.STATEMENTS, Channel.EMAIL, true, T0);
    assertTrue(set.updatedAt().isAfter(first));
  }

  @Test
  void marketingByEmailWithoutConsentIsRefusedAndChangesNothing() {
    PreferenceRuleException e =
        assertThrows(
            PreferenceRuleException.class,
            () -> set.change(0, Category.MARKETING, Channel.EMAIL, true, Set.of(), T0));
    assertEquals(PreferenceRules.CONSENT_REQUIRED, e.messageKey());
    assertFalse(set.toMatrix().cell(Category.MARKETING, Channel.EMAIL).enabled());
  }

  @Test
  void aConsentDecisionSwitchesItsMarketingChannel() {
    set.followConsent(ConsentPurpose.MARKETING_SMS, true, T0);
    assertTrue(set.toMatrix().cell(Category.MARKETING, Channel.SMS).enabled());
    assertFalse(set.toMatrix().cell(Category.MARKETING, Channel.EMAIL).enabled());
    set.followConsent(ConsentPurpose.MARKETING_SMS, false, T0.plusSeconds(1));
    assertFalse(set.toMatrix().cell(Category.MARKETING, Channel.SMS).enabled());
    set.followConsent(ConsentPurpose.PAPERLESS, true, T0.plusSeconds(2));
    assertEquals(PreferenceRules.defaultCells().size(), set.cells().size());
  }
}
