package org.ccmportal.vault.domain.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** The maker-checker lifecycle of a template version. */
class TemplateVersionTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Actor PAULA = new Actor("paula", null, Set.of("publisher"));
  private static final Actor PETER = new Actor("peter", null, Set.of("publisher"));
  private static final Actor ARTHUR = new Actor("arthur", null, Set.of("approver"));
  private static final Actor MAKER_CHECKER = new Actor("paula", null, Set.of("approver"));
  private static final String XSLT = "<xsl:stylesheet version='1.0'/>";

  private static TemplateVersion draft() {
    return TemplateVersion.draft("notice", 2, XSLT, "{}", "paula", T0);
  }

  @Test
  void onlyTheAuthorEditsADraft() {
    TemplateVersion v = draft();
    v.edit(PAULA, XSLT + " ", "{\"a\":1}", T0);
    assertEquals(XSLT + " ", v.xslt());
    assertThrows(AccessDeniedException.class, () -> v.edit(PETER, XSLT, "{}", T0));
  }

  @Test
  void submittingFreezesTheText() {
    TemplateVersion v = draft();
    v.submit(PAULA, T0);
    assertEquals(TemplateStatus.IN_REVIEW, v.status());
    assertThrows(TemplateStateException.class, () -> v.edit(PAULA, XSLT, "{}", T0));
    assertThrows(TemplateStateException.class, () -> v.submit(PAULA, T0));
  }

  @Test
  void onlyTheAuthorSubmits() {
    assertThrows(AccessDeniedException.class, () -> draft().submit(PETER, T0));
  }

  @Test
  void anApproverWhoIsNotTheAuthorApproves() {
    TemplateVersion v = draft();
    v.submit(PAULA, T0);
    TemplateDecision d = v.approve(ARTHUR, "fine", T0);
    assertEquals(TemplateStatus.APPROVED, v.status());
    assertEquals("arthur", d.reviewer());
    assertEquals(TemplateDecision.Outcome.APPROVED, d.outcome());
    assertEquals("fine", d.comment());
  }

  @Test
  void theAuthorMayNotApproveEvenWithRoleApprover() {
    TemplateVersion v = draft();
    v.submit(PAULA, T0);
    assertThrows(AccessDeniedException.class, () -> v.approve(MAKER_CHECKER, "mine", T0));
    assertEquals(TemplateStatus.IN_REVIEW, v.status());
  }

  @Test
  void aPublisherMayNotApprove() {
    TemplateVersion v = draft();
    v.submit(PAULA, T0);
    assertThrows(AccessDeniedException.class, () -> v.approve(PETER, "ok", T0));
  }

  @Test
  void aDraftCannotBeApproved() {
    assertThrows(TemplateStateException.class, () -> draft().approve(ARTHUR, "ok", T0));
  }

  @Test
  void aRejectionNeedsAComment() {
    TemplateVersion v = draft();
    v.submit(PAULA, T0);
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> v.reject(ARTHUR, " ", T0));
    assertEquals("comment", e.field());
    TemplateDecision d = v.reject(ARTHUR, "wrong rate", T0);
    assertEquals(TemplateStatus.REJECTED, v.status());
    assertEquals(TemplateDecision.Outcome.REJECTED, d.outcome());
    assertThrows(TemplateStateException.class, () -> v.approve(ARTHUR, "after all", T0));
  }

  @Test
  void onlyAnApprovedVersionRetires() {
    TemplateVersion v = draft();
    assertThrows(TemplateStateException.class, () -> v.retire(T0));
    TemplateVersion builtIn = TemplateVersion.builtIn("notice", 1, XSLT, "{}", T0);
    assertEquals(TemplateStatus.APPROVED, builtIn.status());
    assertEquals(TemplateVersion.SYSTEM, builtIn.author());
    builtIn.retire(T0);
    assertEquals(TemplateStatus.RETIRED, builtIn.status());
  }

  @Test
  void anEmptyTemplateIsRefusedNamingTheField() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> TemplateVersion.draft("notice", 1, " ", "{}", "paula", T0));
    assertEquals("xslt", e.field());
  }
}
