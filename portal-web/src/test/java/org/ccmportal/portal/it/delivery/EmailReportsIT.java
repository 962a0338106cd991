package org.ccmportal.portal.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Mailbox;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.SyntheticCustomers;
import org.ccmportal.portal.it.Tokens;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mail server's reports on a document's email reach its delivery: the reports arrive in the
 * bounce mailbox as real delivery status notifications (RFC 3464) returning the email's header, and
 * the portal ties them to the delivery by the Message-ID it gave the email. A "delivered" report
 * adds a DELIVERED event; a hard bounce makes the item BOUNCED, archives a BOUNCED event and, for a
 * legally required notice, queues a letter instead. A report sent twice counts once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmailReportsIT {
  private static final String BOUNCES = "bounces@ccm.local";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void aHardBounceIsRecordedOnTheDocumentAndALetterGoesInstead() throws Exception {
    // paperless, a verified email chosen for regulatory notices, and a verified postal address
    String prefix = "C-DSN-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    Map<String, String> emails = new HashMap<>();
    SyntheticCustomers.create(prefix, 1, 1, 0, emails, new HashMap<>());
    String customer = prefix + "1";
    String address = emails.get(customer);
    DeliveryFixtures.verifiedContact(
        customer, ContactKind.POSTAL, "Eve Example\n5 Dock Road\nHull HU1 1AA");

    String doc = publishNotice(customer);
    assertEquals("SENT", DeliveryFixtures.awaitItem(doc, "EMAIL", "SENT", 120_000));
    assertNull(DeliveryFixtures.item(doc, "PRINT", "status"), "paperless: no letter");
    List<Mailbox.Mail> mails = Mailbox.awaitMore(address, 0, 30_000);
    assertEquals(1, mails.size());
    String messageId = mails.get(0).headers().get("Message-ID");
    assertEquals(DeliveryFixtures.item(doc, "EMAIL", "message_id"), messageId);
    // the envelope sender is the bounce mailbox: reports come back where the portal reads them
    String returnPath = mails.get(0).headers().get("Return-Path");
    assertNotNull(returnPath, "headers: " + mails.get(0).headers());
    assertTrue(returnPath.contains(BOUNCES), returnPath);

    // a report on an email the portal never sent is read and ignored
    sendDsn(
        "nobody-" + UUID.randomUUID() + "@example.com",
        "failed",
        "5.1.1",
        "<unknown-" + UUID.randomUUID() + "@elsewhere>");
    // the receiving server says delivered
    sendDsn(address, "delivered", "2.0.0", messageId);
    awaitEvent(doc, "DELIVERED");
    assertEquals("SENT", DeliveryFixtures.item(doc, "EMAIL", "status"));

    // then (say, after forwarding) a hard bounce, reported twice
    sendDsn(address, "failed", "5.1.1", messageId);
    sendDsn(address, "failed", "5.1.1", messageId);
    awaitEvent(doc, "BOUNCED");
    assertEquals("BOUNCED", DeliveryFixtures.awaitItem(doc, "EMAIL", "BOUNCED", 5_000));
    assertEquals("bounced: 5.1.1", DeliveryFixtures.item(doc, "EMAIL", "last_error"));
    assertEquals(
        "QUEUED", DeliveryFixtures.awaitItem(doc, "PRINT", "QUEUED", 10_000), "a letter instead");
    assertEquals("EMAIL_BOUNCED", DeliveryFixtures.item(doc, "PRINT", "reason"));
    assertEquals(
        1L,
        Database.count(
            "select count(*) from archive.record where event_id = ? and kind = 'DELIVERY_EVENT'",
            "vault-delivery:" + doc + ":EMAIL:BOUNCED"));

    // every report was read (the next poll finds the mailbox empty), and each counted once
    awaitEmptyBounceMailbox();
    assertEquals(1L, events(doc, "BOUNCED"));
    assertEquals(1L, events(doc, "DELIVERED"));
    assertEquals(
        1L,
        Database.count(
            "select count(*) from vault.delivery_item where document_id = ?::uuid"
                + " and channel = 'PRINT'",
            doc));

    // service staff see it in the customer's history
    String sam = Tokens.user("sam", "sam-demo-pw");
    HttpResponse<String> history =
        Api.get("/api/v1/customers/" + customer + "/communications", sam);
    assertEquals(200, history.statusCode(), history.body());
    JsonObject item = Api.json(history).getJsonArray("items").getJsonObject(0);
    assertEquals(doc, item.getString("documentId"));
    List<String> statuses =
        item.getJsonArray("events").stream()
            .map(JsonValue::asJsonObject)
            .map(e -> e.getString("channel") + ":" + e.getString("status"))
            .toList();
    assertTrue(statuses.contains("EMAIL:DELIVERED"), statuses.toString());
    assertTrue(statuses.contains("EMAIL:BOUNCED"), statuses.toString());
    assertTrue(statuses.contains("PRINT:QUEUED"), statuses.toString());
  }

  private static String publishNotice(String customer) throws Exception {
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications",
            Tokens.billing(),
            """
            {"customerId":"%s","documentType":"REGULATORY_NOTICE","externalReference":"%s",
             "data":{"customerName":"Eve Example","title":"Bounce test %s",
                     "effectiveDate":"2026-12-01","paragraphs":["A paragraph."]}}
            """
                .formatted(customer, Api.uniqueReference("it-dsn"), Instant.now()));
    assertEquals(201, published.statusCode(), published.body());
    return Api.json(published).getString("documentId");
  }

  private static long events(String doc, String status) throws Exception {
    return Database.count(
        "select count(*) from vault.delivery_event where document_id = ?::uuid"
            + " and channel = 'EMAIL' and status = ?",
        doc,
        status);
  }

  private static void awaitEvent(String doc, String status) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (events(doc, status) == 0) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("no " + status + " event for " + doc);
      }
      Thread.sleep(250);
    }
  }

  private static void awaitEmptyBounceMailbox() throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (!bounceMailboxEmpty()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("reports left in the bounce mailbox");
      }
      Thread.sleep(500);
    }
  }

  /** Whether the bounce mailbox is empty; false while the portal is deleting what it read. */
  private static boolean bounceMailboxEmpty() throws Exception {
    try {
      return Mailbox.messages(BOUNCES).isEmpty();
    } catch (jakarta.mail.MessagingException e) {
      // the poller expunged a message while it was being read here
      return false;
    }
  }

  /** A delivery status notification returning the reported email's header, to the bounces. */
  private static void sendDsn(String recipient, String action, String status, String messageId)
      throws Exception {
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

        A report on your message.

        --%2$s
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.com

        Final-Recipient: rfc822; %3$s
        Action: %4$s
        Status: %5$s

        --%2$s
        Content-Type: text/rfc822-headers

        From: CCM Portal <no-reply@ccm.local>
        To: %3$s
        Message-ID: %6$s
        Subject: A new document is in your secure inbox

        --%2$s--
        """
            .formatted(BOUNCES, boundary, recipient, action, status, messageId)
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
