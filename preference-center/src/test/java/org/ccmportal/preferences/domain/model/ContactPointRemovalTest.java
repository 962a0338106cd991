package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.junit.jupiter.api.Test;

/**
 * A customer removes a contact point: removal is recorded once and is final; a removed point is
 * never used, bounced or verified again, and channels resolve as without it.
 */
class ContactPointRemovalTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final ContactPointHasher HASH = (kind, value) -> "0".repeat(64);
  private static final CustomerId ANN = new CustomerId("C-1");

  @Test
  void aRemovedContactPointIsNoLongerUsableAndKeepsItsHistory() {
    ContactPoint point = ContactPoint.verifiedEmail(ANN, "ann@example.org", HASH, T0);
    assertTrue(point.usable());
    assertNull(point.removedTime());

    assertTrue(point.remove(T0.plusSeconds(60)));

    assertTrue(point.removed());
    assertFalse(point.usable());
    assertEquals(T0.plusSeconds(60), point.removedTime());
    assertEquals(T0, point.verifiedTime(), "when it was verified is kept");
    assertEquals("ann@example.org", point.value(), "kept for the history, never shown again");
  }

  @Test
  void removalHappensOnceAndKeepsTheFirstTime() {
    ContactPoint point = ContactPoint.verifiedEmail(ANN, "ann@example.org", HASH, T0);
    assertTrue(point.remove(T0.plusSeconds(60)));
    assertFalse(point.remove(T0.plusSeconds(120)), "already removed");
    assertEquals(T0.plusSeconds(60), point.removedTime());
  }

  @Test
  void anUnverifiedOrBouncedContactPointCanBeRemovedToo() {
    ContactPoint unverified = ContactPoint.unverifiedMobile(ANN, "+447700900123", HASH, T0);
    assertTrue(unverified.remove(T0.plusSeconds(1)));
    ContactPoint bounced = ContactPoint.verifiedEmail(ANN, "ann@example.org", HASH, T0);
    assertTrue(bounced.bounce(T0.plusSeconds(1)));
    assertTrue(bounced.remove(T0.plusSeconds(2)));
    assertFalse(bounced.usable());
  }

  @Test
  void aRemovedContactPointCannotBeVerifiedOrBouncedAgain() {
    ContactPoint point = ContactPoint.unverifiedEmail(ANN, "ann@example.org", HASH, T0);
    point.remove(T0.plusSeconds(1));
    assertThrows(IllegalStateException.class, () -> point.verify(T0.plusSeconds(2)));
    assertNull(point.verifiedTime());

    ContactPoint verified = ContactPoint.verifiedEmail(ANN, "bob@example.org", HASH, T0);
    verified.remove(T0.plusSeconds(1));
    assertFalse(verified.bounce(T0.plusSeconds(2)), "a bounce report no longer applies to it");
    assertNull(verified.bouncedTime());
  }

  @Test
  void theRecordOfARemovalNeedsARemovedPointAndACustomerChannel() {
    ContactPoint point = ContactPoint.verifiedEmail(ANN, "ann@example.org", HASH, T0);
    assertThrows(
        IllegalArgumentException.class,
        () -> new ContactPointRemoval(point, ChangeMethod.PORTAL),
        "not removed");
    point.remove(T0.plusSeconds(1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ContactPointRemoval(point, ChangeMethod.STAFF_ON_BEHALF),
        "only the customer removes their contact points");
    assertThrows(
        IllegalArgumentException.class,
        () -> new ContactPointRemoval(point, ChangeMethod.UNSUBSCRIBE_LINK));
  }

  /**
   * With the customer's only email removed, a paperless statement resolves as for a customer who
   * never had one: the portal and print (FALLBACK), not EMAIL_BOUNCED, even if it had bounced.
   */
  @Test
  void withTheOnlyEmailRemovedAPaperlessStatementFallsBackToPrint() {
    List<ChannelDecision> decisions =
        ChannelResolution.decide(
            PreferenceRules.defaultCells(),
            Optional.empty(),
            Optional.empty(),
            Category.STATEMENTS,
            true,
            false);
    assertEquals(
        List.of(
            new ChannelDecision(Channel.PORTAL, ChannelResolution.RULE, null),
            new ChannelDecision(Channel.PRINT, ChannelResolution.FALLBACK, null)),
        decisions);
  }
}
