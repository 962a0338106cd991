package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.junit.jupiter.api.Test;

/** Delivery status reports, the BOUNCED state and what the resolver does with it. */
class BounceRulesTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  static final String DSN =
      """
      Reporting-MTA: dns; mx.example.net
      Arrival-Date: Sun, 1 Mar 2026 10:00:00 +0000

      Final-Recipient: rfc822; Ann@Example.org
      Action: failed
      Status: 5.1.1
      Diagnostic-Code: smtp; 550 5.1.1 <ann@example.org>:
        Recipient address rejected: User unknown

      Final-Recipient: rfc822;<bob@example.org>
      Action: delayed
      Status: 4.2.2 (mailbox full)

      Final-Recipient: x400; whatever
      Action: failed
      Status: 5.0.0
      """;

  @Test
  void aDeliveryStatusReportListsEachRecipientWithItsStatus() {
    List<DeliveryStatus.Recipient> recipients =
        DeliveryStatus.recipients(DSN.replace("\n", "\r\n"));
    assertEquals(
        List.of(
            new DeliveryStatus.Recipient("Ann@Example.org", "failed", "5.1.1"),
            new DeliveryStatus.Recipient("bob@example.org", "delayed", "4.2.2")),
        recipients);
    assertTrue(recipients.get(0).permanent(), "5.x.x failed: hard bounce");
    assertFalse(recipients.get(1).permanent(), "4.x.x: soft bounce");
    assertFalse(new DeliveryStatus.Recipient("a@b.c", "delayed", "5.1.1").permanent());
  }

  @Test
  void theReturnedHeaderNamesTheEmailReportedOn() {
    String headers =
        "From: CCM Portal <no-reply@ccm.local>\r\nTo: ann@example.org\r\n"
            + "Message-ID:\r\n <0123456789abcdef0123456789abcdef@ccm-portal>\r\n"
            + "Subject: A new document\r\n\r\nbody text\r\nMessage-ID: <other@x>\r\n";
    assertEquals(
        Optional.of("<0123456789abcdef0123456789abcdef@ccm-portal>"),
        DeliveryStatus.originalMessageId(headers));
    assertEquals(Optional.empty(), DeliveryStatus.originalMessageId(null));
    assertEquals(Optional.empty(), DeliveryStatus.originalMessageId("Subject: no id\r\n"));
    assertEquals(
        Optional.empty(), DeliveryStatus.originalMessageId("Message-ID: not-bracketed@x\r\n"));
    assertEquals(
        Optional.empty(), DeliveryStatus.originalMessageId("Message-ID: <has space@x>\r\n"));
    assertEquals(
        Optional.empty(),
        DeliveryStatus.originalMessageId("Subject: x\r\n\r\nMessage-ID: <in-body@x>\r\n"));
  }

  @Test
  void garbageGivesNoRecipients() {
    assertEquals(List.of(), DeliveryStatus.recipients(null));
    assertEquals(List.of(), DeliveryStatus.recipients("not a report"));
    assertEquals(
        List.of(),
        DeliveryStatus.recipients("\n\nFinal-Recipient: rfc822; a@b.c\nStatus: 9.9.9\n"));
  }

  @Test
  void onlyAVerifiedAddressBouncesAndVerifyingItAgainClearsIt() {
    ContactPoint unverified =
        ContactPoint.unverifiedEmail(new CustomerId("c1"), "a@b.org", (k, v) -> "0".repeat(64), T0);
    assertFalse(unverified.bounce(T0));
    ContactPoint point =
        ContactPoint.verifiedEmail(new CustomerId("c1"), "a@b.org", (k, v) -> "0".repeat(64), T0);
    assertTrue(point.bounce(T0.plusSeconds(10)));
    assertFalse(point.bounce(T0.plusSeconds(20)), "already bounced");
    assertFalse(point.usable());
    point.verify(T0.plusSeconds(30));
    assertTrue(point.usable());
    assertEquals(T0.plusSeconds(30), point.verifiedTime());
  }

  @Test
  void aBouncedEmailSendsLegallyRequiredPaperlessDocumentsToPrint() {
    List<ChannelDecision> decisions =
        ChannelResolution.decide(
            PreferenceRules.defaultCells(),
            Optional.empty(),
            Optional.empty(),
            Category.STATEMENTS,
            true,
            true);
    assertEquals(
        List.of(
            new ChannelDecision(Channel.PORTAL, "RULE", null),
            new ChannelDecision(Channel.PRINT, "EMAIL_BOUNCED", null)),
        decisions);
    assertEquals(
        "FALLBACK",
        ChannelResolution.decide(
                PreferenceRules.defaultCells(),
                Optional.empty(),
                Optional.empty(),
                Category.STATEMENTS,
                true,
                false)
            .get(1)
            .reason(),
        "no address at all is the plain fallback");
  }

  @Test
  void otherCategoriesDropTheBouncedEmail() {
    List<ChannelDecision> decisions =
        ChannelResolution.decide(
            PreferenceRules.defaultCells(),
            Optional.empty(),
            Optional.empty(),
            Category.SERVICE_ALERTS,
            false,
            true);
    assertTrue(decisions.stream().noneMatch(d -> d.channel() == Channel.EMAIL));
    assertTrue(decisions.stream().noneMatch(d -> d.channel() == Channel.PRINT));
  }
}
