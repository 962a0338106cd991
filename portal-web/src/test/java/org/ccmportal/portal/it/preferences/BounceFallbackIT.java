package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.preferences.api.ContactDirectory;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.LinkTokens;
import org.ccmportal.preferences.domain.model.VerificationToken;
import org.ccmportal.preferences.infrastructure.mail.BouncePoller;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Email bounces inside WildFly on PostgreSQL and GreenMail: real delivery status notifications (RFC
 * 3464) are sent by SMTP to the bounce mailbox and read by the poller over IMAP. A permanent
 * failure marks the address BOUNCED and sends paperless statements to print; a transient one
 * changes nothing; verifying the address again clears it. A fresh customer is used so that no other
 * test loses alice's email address while this one runs.
 */
@ExtendWith(ArquillianExtension.class)
class BounceFallbackIT {
  private static final String BOUNCES = "bounces@ccm.local";

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war())
        .addClasses(BounceFallbackIT.class, Stack.class);
  }

  @Inject ChannelResolver resolver;
  @Inject ContactDirectory directory;
  @Inject ContactPoints contactPoints;
  @Inject ConsentService consents;
  @Inject LinkTokens tokens;
  @Inject BouncePoller poller;

  @Resource(lookup = "java:jboss/datasources/CcmDS")
  DataSource dataSource;

  @Test
  void aHardBounceSendsPaperlessStatementsToPrintUntilTheAddressIsVerifiedAgain() throws Exception {
    String customer = "C-IT-" + UUID.randomUUID().toString().substring(0, 8);
    String address = customer.toLowerCase() + "@example.com";
    directory.registerVerifiedEmail(customer, address);
    consents.record(
        customer,
        ConsentPurpose.PAPERLESS,
        ConsentDecision.GRANTED,
        1,
        true,
        ChangedBy.customer(ChangeMethod.PORTAL, "it"));
    List<ChannelDecision> paperless =
        List.of(
            new ChannelDecision(Channel.PORTAL, "RULE", null),
            new ChannelDecision(Channel.EMAIL, "RULE", address));
    assertEquals(paperless, resolver.resolve(customer, Category.STATEMENTS, Instant.now()));

    // a soft bounce (4.2.2, mailbox full) changes nothing
    sendDsn(address, "delayed", "4.2.2");
    poller.pollNow();
    assertEquals(paperless, resolver.resolve(customer, Category.STATEMENTS, Instant.now()));
    assertFalse(point(customer).bounced());
    assertEquals(0, bounceRecords(point(customer).id()));

    // a hard bounce (5.1.1, no such user), upper-cased by the reporting server, picked up by the
    // poller's timer
    sendDsn(address.toUpperCase(), "failed", "5.1.1");
    long deadline = System.currentTimeMillis() + (pollSeconds() + 20) * 1000L;
    while (!point(customer).bounced() && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    ContactPointView bounced = point(customer);
    assertTrue(bounced.bounced(), "the timer read the bounce mailbox");
    assertEquals(1, bounceRecords(bounced.id()));
    assertEquals(
        List.of(
            new ChannelDecision(Channel.PORTAL, "RULE", null),
            new ChannelDecision(Channel.PRINT, "EMAIL_BOUNCED", null)),
        resolver.resolve(customer, Category.STATEMENTS, Instant.now()));
    assertTrue(
        resolver.resolve(customer, Category.SERVICE_ALERTS, Instant.now()).stream()
            .noneMatch(d -> d.channel() == Channel.EMAIL),
        "other categories drop the email");
    assertTrue(directory.verifiedEmail(customer).isEmpty());

    // the same report again adds nothing
    sendDsn(address, "failed", "5.1.1");
    poller.pollNow();
    assertEquals(1, bounceRecords(bounced.id()));

    // verifying the address again (its link) clears BOUNCED
    String token =
        tokens.sign(
            VerificationToken.issue(bounced.id(), new CustomerId(customer), Instant.now())
                .payload());
    HttpResponse<String> verified =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            Stack.PORTAL
                                + "/verify-email?token="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, verified.statusCode(), verified.body());
    assertFalse(point(customer).bounced());
    assertEquals(paperless, resolver.resolve(customer, Category.STATEMENTS, Instant.now()));
  }

  private ContactPointView point(String customer) {
    return contactPoints.of(customer).get(0);
  }

  private long bounceRecords(long contactPointId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) from preferences.contact_point_bounce where contact_point_id = ?")) {
      ps.setLong(1, contactPointId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long pollSeconds() {
    String v = System.getenv("CCM_BOUNCE_POLL_S");
    return v == null || v.isBlank() ? 30 : Long.parseLong(v.strip());
  }

  /** A delivery status notification as a reporting MTA sends it, to the bounce mailbox. */
  private static void sendDsn(String recipient, String action, String status) throws Exception {
    String boundary = "dsn-" + UUID.randomUUID();
    String raw =
        """
        From: Mail Delivery System <mailer-daemon@mx.example.com>
        To: %1$s
        Subject: Delivery Status Notification
        Message-ID: <%2$s@mx.example.com>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="%2$s"

        --%2$s
        Content-Type: text/plain; charset=us-ascii

        Your message could not be delivered to one or more recipients.

        --%2$s
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.com
        Arrival-Date: Sun, 1 Mar 2026 10:00:00 +0000

        Final-Recipient: rfc822; %3$s
        Action: %4$s
        Status: %5$s
        Diagnostic-Code: smtp; 550 %5$s mailbox problem

        --%2$s
        Content-Type: text/rfc822-headers

        From: CCM Portal <no-reply@ccm.local>
        To: %3$s
        Subject: A new document is in your secure inbox

        --%2$s--
        """
            .formatted(BOUNCES, boundary, recipient, action, status)
            .replace("\n", "\r\n");
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", System.getenv().getOrDefault("CCM_SMTP_PORT", "3025"));
    Session session = Session.getInstance(props);
    MimeMessage message =
        new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    Transport.send(message, new InternetAddress[] {new InternetAddress(BOUNCES)});
  }
}
