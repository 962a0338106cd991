package org.ccmportal.vault.domain.model.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.util.UUID;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.domain.model.document.RetentionRule;
import org.junit.jupiter.api.Test;

/** Retention periods from issue or from an event, and the disposition rule with legal holds. */
class RetentionRulesTest {
  private static final Instant ISSUED = Instant.parse("2020-02-29T10:00:00Z");
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void issueDateRuleCountsFromIssue() {
    RetentionRule rule = new RetentionRule(DocumentType.STATEMENT, Period.ofYears(7));
    assertEquals(Instant.parse("2027-02-28T10:00:00Z"), rule.retainUntil(ISSUED));
  }

  @Test
  void eventRuleKeepsUntilTheEventThenCountsFromIt() {
    RetentionRule rule = new RetentionRule(DocumentType.STATEMENT, Period.ofYears(7));
    rule.change(Period.ofYears(10), RetentionTrigger.EVENT, LifeEvent.ACCOUNT_CLOSURE, "adam", NOW);
    assertEquals(RetentionRuleDates.UNTIL_EVENT, rule.retainUntil(ISSUED));
    assertTrue(rule.startsAt(LifeEvent.ACCOUNT_CLOSURE));
    assertFalse(rule.startsAt(LifeEvent.POLICY_END));
    assertEquals(
        Instant.parse("2035-06-30T00:00:00Z"),
        rule.retainUntilAfterEvent(Instant.parse("2025-06-30T00:00:00Z")));
    assertEquals("adam", rule.updatedBy());
  }

  @Test
  void badChangesNameTheirField() {
    RetentionRule rule = new RetentionRule(DocumentType.STATEMENT, Period.ofYears(7));
    assertEquals(
        "event",
        assertThrows(
                InvalidRequestException.class,
                () -> rule.change(Period.ofYears(1), RetentionTrigger.EVENT, null, "adam", NOW))
            .field());
    assertEquals(
        "event",
        assertThrows(
                InvalidRequestException.class,
                () ->
                    rule.change(
                        Period.ofYears(1),
                        RetentionTrigger.ISSUE_DATE,
                        LifeEvent.POLICY_END,
                        "adam",
                        NOW))
            .field());
    for (Period bad : new Period[] {Period.ZERO, Period.ofYears(-1), Period.ofYears(101)}) {
      assertEquals(
          "period",
          assertThrows(
                  InvalidRequestException.class,
                  () -> rule.change(bad, RetentionTrigger.ISSUE_DATE, null, "adam", NOW))
              .field());
    }
    assertEquals(Period.ofYears(7), rule.period(), "a refused change leaves the rule as it was");
  }

  @Test
  void onlyPassedRetentionWithoutHoldIsDue() {
    UUID held = UUID.randomUUID();
    UUID free = UUID.randomUUID();
    LegalHolds none = (document, customer) -> false;
    LegalHolds onHold = (document, customer) -> document.equals(held);
    Instant passed = NOW.minusSeconds(1);
    assertTrue(Disposition.isDue(free, "C-1", passed, NOW, none));
    assertFalse(Disposition.isDue(free, "C-1", NOW, NOW, none), "not before the date itself");
    assertFalse(Disposition.isDue(free, "C-1", NOW.plusSeconds(1), NOW, none));
    assertFalse(Disposition.isDue(held, "C-1", passed, NOW, onHold), "a hold always wins");
    assertTrue(Disposition.isDue(free, "C-1", passed, NOW, onHold), "another document of theirs");
    assertFalse(Disposition.isDue(free, "C-1", RetentionRuleDates.UNTIL_EVENT, NOW, none));
  }
}
