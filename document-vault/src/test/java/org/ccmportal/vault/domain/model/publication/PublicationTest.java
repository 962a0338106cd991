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

  @Test
  void aFailedStartIsKeptWhileApprovedCountedAndForgottenOnceItStarts() {
    Publication p = submitted();
    p.startFailed("too early", T0);
    assertNull(p.startFailure(), "not approved yet: nothing to record");
    assertEquals(0, p.startFailures());

    p.approve(ARTHUR, T0);
    p.startFailed("  data must be a JSON object ", T0.plusSeconds(10));
    p.startFailed("data must be a JSON object", T0.plusSeconds(20));
    assertEquals("data must be a JSON object", p.startFailure());
    assertEquals(T0.plusSeconds(20), p.startFailedAt());
    assertEquals(2, p.startFailures());
    assertEquals(PublicationState.APPROVED, p.state(), "it stays approved and is tried again");

    p.start(7L, T0.plusSeconds(30));
    assertNull(p.startFailure());
    assertNull(p.startFailedAt());
    assertEquals(0, p.startFailures());
    p.startFailed("late", T0.plusSeconds(40));
    assertNull(p.startFailure(), "running: a late failure report changes nothing");
  }

  @Test
  void aStartFailureIsKeptToTheColumnsSizeWithoutSplittingACharacter() {
    Publication p = submitted();
    p.approve(ARTHUR, T0);
    p.startFailed(null, T0);
    assertEquals("unknown error", p.startFailure());
    // 600 code points, each two UTF-16 units: kept to 499 and an ellipsis
    p.startFailed("\uD83D\uDCE7".repeat(600), T0);
    String kept = p.startFailure();
    assertEquals(Publication.MAX_FAILURE, kept.codePointCount(0, kept.length()));
    assertTrue(kept.endsWith("\uD83D\uDCE7…"), "whole characters, then the ellipsis");
    p.startFailed("x".repeat(Publication.MAX_FAILURE), T0);
    assertEquals("x".repeat(Publication.MAX_FAILURE), p.startFailure(), "500 fit as they are");
  }
}
