package org.ccmportal.portal.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
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
 * The SMS gateway's delivery receipts, as the gateway sends them: a body signed with the shared
 * secret (the demo stack's), no bearer token. A receipt finds its SMS by the reference the portal
 * gave the message; "delivered" adds a DELIVERED event, "undelivered" makes the item BOUNCED; each
 * is archived and counted once. Unsigned, wrongly signed or malformed receipts change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmsReceiptsIT {
  static final String PATH = "/api/v1/delivery/sms-receipts";
  static final String DEMO_SECRET = "sms-receipt-demo-secret";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void signedReceiptsTrackTheSmsAndAnythingElseIsRefused() throws Exception {
    String delivered = sentSms();
    String reference = delivered + ":SMS";

    // refused: unsigned, signed with another secret, malformed, unknown reference, an email's
    String body = receipt(reference, "delivered", "DELIVRD");
    assertEquals(401, post(body, null).statusCode());
    HttpResponse<String> forged = post(body, sign(body, "not-the-secret"));
    assertEquals(401, forged.statusCode(), forged.body());
    assertEquals("X-CCM-Signature", Api.json(forged).getString("field"));
    assertField(receipt(reference, "read", null), "status");
    assertField("{\"status\":\"delivered\"}", "reference");
    assertField("[1, 2]", "body");
    HttpResponse<String> unknown = signedPost(receipt(delivered + ":nothing", "delivered", null));
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals("reference", Api.json(unknown).getString("field"));
    assertEquals(0L, events(delivered, "DELIVERED"), "nothing recorded by refused receipts");

    // delivered, reported twice
    HttpResponse<String> first = signedPost(body);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("recorded", Api.json(first).getString("outcome"));
    HttpResponse<String> again = signedPost(body);
    assertEquals(200, again.statusCode(), again.body());
    assertEquals("alreadyRecorded", Api.json(again).getString("outcome"));
    assertEquals(1L, events(delivered, "DELIVERED"));
    assertEquals("SENT", DeliveryFixtures.item(delivered, "SMS", "status"));
    assertEquals(
        1L,
        Database.count(
            "select count(*) from archive.record where event_id = ?",
            "vault-delivery:" + delivered + ":SMS:DELIVERED"));

    // another message the network could not deliver
    String lost = sentSms();
    HttpResponse<String> undelivered = signedPost(receipt(lost + ":SMS", "undelivered", "EXPIRED"));
    assertEquals(200, undelivered.statusCode(), undelivered.body());
    assertEquals("BOUNCED", DeliveryFixtures.item(lost, "SMS", "status"));
    assertEquals("bounced: EXPIRED", DeliveryFixtures.item(lost, "SMS", "last_error"));
    assertEquals(1L, events(lost, "BOUNCED"));
  }

  /** A statement to a new customer who chose SMS; returns its document once the SMS is sent. */
  private static String sentSms() throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    DeliveryFixtures.verifiedContact(customer, ContactKind.SMS, DeliveryFixtures.newMobile());
    DeliveryFixtures.choose(customer, "STATEMENTS", "SMS");
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications",
            Tokens.billing(),
            Api.statement(customer, Api.uniqueReference("it-sms-receipt"), "Receipt test"));
    assertEquals(201, published.statusCode(), published.body());
    String doc = Api.json(published).getString("documentId");
    assertEquals("SENT", DeliveryFixtures.awaitItem(doc, "SMS", "SENT", 180_000));
    return doc;
  }

  private static String receipt(String reference, String status, String detail) {
    return "{\"reference\":\"%s\",\"status\":\"%s\"%s}"
        .formatted(reference, status, detail == null ? "" : ",\"detail\":\"" + detail + "\"");
  }

  private static long events(String doc, String status) throws Exception {
    return Database.count(
        "select count(*) from vault.delivery_event where document_id = ?::uuid"
            + " and channel = 'SMS' and status = ?",
        doc,
        status);
  }

  private static void assertField(String body, String field) throws Exception {
    HttpResponse<String> response = signedPost(body);
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(field, Api.json(response).getString("field"));
  }

  private static HttpResponse<String> signedPost(String body) throws Exception {
    return post(body, sign(body, DEMO_SECRET));
  }

  private static HttpResponse<String> post(String body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.PORTAL + PATH))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-CCM-Signature", signature);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String sign(String body, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
