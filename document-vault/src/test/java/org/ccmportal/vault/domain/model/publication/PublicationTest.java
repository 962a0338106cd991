package org.ccmportal.vault.domain.model.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublicationStateException;
import org.junit.jupiter.api.Test;

/** The maker-checker lifecycle of a publication and when it may run. */
class PublicationTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Actor PAULA = new Actor("paula", null, Set.of("publisher"));
  private static final Actor PETER = new Actor("peter", null, Set.of("publisher"));
  private static final Actor ARTHUR = new Actor("arthur", null, Set.of("approver"));
  private static final Actor PAULA_AS_APPROVER =
      new Actor("paula", null, Set.of("publisher", "approver"));

  private static Publication draft(Instant scheduledAt) {
    return new Publication(
        "Rate change",
        DocumentType.REGULATORY_NOTICE,
        "notice",
        1,
        "{}",
        scheduledAt,
        2,
        null,
        "paula",
        T0);
  }

  private static Publication submitted() {
    Publication p = draft(null);
    p.submit(PAULA);
    return p;
  }

  @Test
  void theHappyPathRunsDraftSubmittedApprovedRunningCompleted() {
    Publication p = draft(null);
    assertEquals(PublicationState.DRAFT, p.state());
    p.submit(PAULA);
    assertEquals(PublicationState.SUBMITTED, p.state());
    assertFalse(p.isDue(T0), "not due before approval");
    p.approve(ARTHUR, T0);
    assertEquals(PublicationState.APPROVED, p.state());
    assertEquals("arthur", p.decidedBy());
    assertTrue(p.isDue(T0), "no schedule: due as soon as approved");
    p.start(42L, T0);
    assertEquals(PublicationState.RUNNING, p.state());
    assertEquals(42L, p.bulkRunId());
    assertFalse(p.isDue(T0), "runs once");
    assertThrows(PublicationStateException.class, () -> p.start(43L, T0));
    p.complete(T0);
    assertEquals(PublicationState.COMPLETED, p.state());
  }

  @Test
  void onlyTheCreatorSubmitsAndOnlyOnce() {
    Publication p = draft(null);
    assertThrows(AccessDeniedException.class, () -> p.submit(PETER));
    p.submit(PAULA);
    assertThrows(PublicationStateException.class, () -> p.submit(PAULA));
  }

  @Test
  void theCreatorNeverDecidesEvenWithTheApproverRole() {
    Publication p = submitted();
    assertThrows(AccessDeniedException.class, () -> p.approve(PAULA_AS_APPROVER, T0));
    assertThrows(AccessDeniedException.class, () -> p.reject(PAULA_AS_APPROVER, "no", T0));
    assertThrows(AccessDeniedException.class, () -> p.approve(PETER, T0));
    assertEquals(PublicationState.SUBMITTED, p.state());
  }

  @Test
  void aDraftCannotBeApprovedNorRejected() {
    Publication p = draft(null);
    assertThrows(PublicationStateException.class, () -> p.approve(ARTHUR, T0));
    assertThrows(PublicationStateException.class, () -> p.reject(ARTHUR, "why", T0));
  }

  @Test
  void aRejectionNeedsAReasonAndIsFinal() {
    Publication p = submitted();
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> p.reject(ARTHUR, "  ", T0));
    assertEquals("reason", e.field());
    assertEquals(PublicationState.SUBMITTED, p.state());
    p.reject(ARTHUR, " wrong audience ", T0);
    assertEquals(PublicationState.REJECTED, p.state());
    assertEquals("wrong audience", p.rejectionReason());
    assertFalse(p.isDue(T0));
    assertThrows(PublicationStateException.class, () -> p.approve(ARTHUR, T0));
    assertThrows(PublicationStateException.class, () -> p.start(1L, T0));
  }

  @Test
  void aScheduledPublicationIsDueAtItsTimeNotBefore() {
    Instant at = T0.plus(Duration.ofHours(2));
    Publication p = draft(at);
    p.submit(PAULA);
    p.approve(ARTHUR, T0);
    assertFalse(p.isDue(at.minusSeconds(1)));
    assertThrows(PublicationStateException.class, () -> p.start(1L, at.minusSeconds(1)));
    assertTrue(p.isDue(at));
    p.start(1L, at);
    assertEquals(at, p.startedAt());
  }

  @Test
  void completingNeedsARunningPublication() {
    Publication p = submitted();
    assertThrows(PublicationStateException.class, () -> p.complete(T0));
    assertNull(p.completedAt());
  }

  @Test
  void eachRecipientHasItsOwnStableExternalReference() {
    Publication p = draft(null);
    assertEquals("pub:null:C-1001", p.externalReference("C-1001"));
  }
}
