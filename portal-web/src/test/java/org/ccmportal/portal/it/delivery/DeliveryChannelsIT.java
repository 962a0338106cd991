package org.ccmportal.portal.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Delivery per channel through the real WAR, PostgreSQL, the local SMS gateway sink and the S3
 * server: each chosen channel is its own delivery item; an SMS reaches the gateway once even when
 * its item is attempted again; the print batch writes one merged PDF and a manifest to the print
 * drop; a print item without an address is dead-lettered and, once the address exists, a retry from
 * the API prints it; only publishers and admins may use these endpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliveryChannelsIT {
  static final String DEAD_LETTERS = "/api/v1/delivery/dead-letters";
  static final String PRINT_BATCHES = "/api/v1/print-batches";

  static String billing;
  static String paula;
  static String adam;
  static String arthur;
  static String alice;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  static long tokensAt;

  /** Fresh tokens (they live 5 minutes; print runs and retries can take longer). */
  @BeforeEach
  void tokens() throws Exception {
    if (System.currentTimeMillis() - tokensAt < 120_000) {
      return;
    }
    tokensAt = System.currentTimeMillis();
    billing = Tokens.billing();
    paula = Tokens.user("paula", "paula-demo-pw");
    adam = Tokens.user("adam", "adam-demo-pw");
    arthur = Tokens.user("arthur", "arthur-demo-pw");
    alice = Tokens.user("alice", "alice-demo-pw");
  }

  @Test
  void anSmsReachesTheGatewayOnceEvenWhenItsItemIsAttemptedAgain() throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    String mobile = DeliveryFixtures.newMobile();
    DeliveryFixtures.verifiedContact(customer, ContactKind.SMS, mobile);
    DeliveryFixtures.choose(customer, "STATEMENTS", "SMS");
    String doc = publish(customer);

    assertEquals("SENT", DeliveryFixtures.awaitItem(doc, "SMS", "SENT", 180_000));
    assertEquals(doc + ":SMS", DeliveryFixtures.item(doc, "SMS", "idempotency_key"));
    List<JsonObject> received = SmsSinkClient.messagesTo(mobile);
    assertEquals(1, received.size(), received.toString());
    JsonObject sms = received.get(0);
    assertEquals(doc + ":SMS", sms.getString("reference"));
    assertTrue(sms.getString("text").startsWith("New document in your CCM Portal: http"));
    assertFalse(sms.getString("text").contains("Test Customer"), "no personal data in the SMS");
    // the other chosen channel (print: no paperless consent) is its own item
    assertNotNull(DeliveryFixtures.item(doc, "PRINT", "status"));

    // the window between the gateway's answer and the commit: the item is attempted again
    Database.update(
        "update vault.delivery_item set status = 'QUEUED', next_attempt_at = now()"
            + " where document_id = ?::uuid and channel = 'SMS'",
        doc);
    long deadline = System.currentTimeMillis() + 180_000;
    while (sentEvents(doc, "SMS") < 2 && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
    }
    assertEquals(2, sentEvents(doc, "SMS"), "attempted a second time");
    assertEquals(1, SmsSinkClient.messagesTo(mobile).size(), "the gateway sent it once");

    // archived: the text as sent and the delivery events
    awaitRecord("vault-message:" + doc + ":SMS");
    awaitRecord("vault-delivery:" + doc + ":SMS:QUEUED");
    awaitRecord("vault-delivery:" + doc + ":SMS:SENT");
  }

  @Test
  void anSmsTheGatewayRefusesIsDeadLetteredAfterOneAttemptAndNothingIsSent() throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    // the local gateway refuses numbers under +999 (unassigned) with 422, as a real one would
    String unreachable = "+999" + DeliveryFixtures.newMobile().substring(4);
    DeliveryFixtures.verifiedContact(customer, ContactKind.SMS, unreachable);
    DeliveryFixtures.choose(customer, "STATEMENTS", "SMS");
    String doc = publish(customer);

    assertEquals("DEAD", DeliveryFixtures.awaitItem(doc, "SMS", "DEAD", 180_000));
    assertEquals("1", DeliveryFixtures.item(doc, "SMS", "attempts"), "a refusal is not retried");
    assertTrue(
        DeliveryFixtures.item(doc, "SMS", "last_error").startsWith("SMS_REFUSED"),
        DeliveryFixtures.item(doc, "SMS", "last_error"));
    assertEquals(0, SmsSinkClient.messagesTo(unreachable).size());
    JsonObject listed = deadLetter(Long.parseLong(DeliveryFixtures.item(doc, "SMS", "id")));
    assertEquals("SMS", listed.getString("channel"));
    assertEquals(doc, listed.getString("documentId"));
  }

  @Test
  void duringQuietHoursTheSmsIsQueuedForTheirEnd() throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    String mobile = DeliveryFixtures.newMobile();
    DeliveryFixtures.verifiedContact(customer, ContactKind.SMS, mobile);
    DeliveryFixtures.choose(customer, "STATEMENTS", "SMS");
    LocalTime now = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    Database.update(
        "insert into preferences.delivery_settings"
            + " (customer_id, time_zone, quiet_from, quiet_to, language, version, updated_at)"
            + " values (?, 'UTC', ?, ?, 'en', 1, now())",
        customer,
        now.minusHours(1),
        now.plusHours(2));
    String doc = publish(customer);

    long deadline = System.currentTimeMillis() + 180_000;
    while (DeliveryFixtures.item(doc, "SMS", "status") == null
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
    }
    assertEquals("QUEUED", DeliveryFixtures.item(doc, "SMS", "status"));
    Instant notBefore =
        Instant.parse(
            Database.string(
                "select to_char(next_attempt_at at time zone 'UTC',"
                    + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from vault.delivery_item"
                    + " where document_id = ?::uuid and channel = 'SMS'",
                doc));
    Duration wait = Duration.between(Instant.now(), notBefore);
    assertTrue(
        wait.compareTo(Duration.ofMinutes(115)) > 0 && wait.compareTo(Duration.ofMinutes(121)) < 0,
        "queued for the end of the quiet hours: " + notBefore);
    Thread.sleep(3000);
    assertEquals("QUEUED", DeliveryFixtures.item(doc, "SMS", "status"));
    assertEquals(0, SmsSinkClient.messagesTo(mobile).size(), "no SMS during quiet hours");
  }

  @Test
  void thePrintBatchWritesOneMergedPdfAndAManifestRowPerDocument() throws Exception {
    String withAddress = DeliveryFixtures.newCustomer();
    DeliveryFixtures.verifiedContact(
        withAddress, ContactKind.POSTAL, "Ann Example\n1 High Street\nYork YO1 7HH");
    String other = DeliveryFixtures.newCustomer();
    DeliveryFixtures.verifiedContact(other, ContactKind.POSTAL, "=B. Example\n2 Mill Lane, Leeds");
    List<String> docs = List.of(publish(withAddress), publish(withAddress), publish(other));
    for (String doc : docs) {
      assertEquals("QUEUED", DeliveryFixtures.awaitItem(doc, "PRINT", "QUEUED", 180_000));
    }

    DeliveryFixtures.runPrintBatch(adam);
    for (String doc : docs) {
      assertEquals("SENT", DeliveryFixtures.awaitItem(doc, "PRINT", "SENT", 300_000));
    }
    tokens();
    String batch = DeliveryFixtures.item(docs.get(0), "PRINT", "print_batch");
    assertNotNull(batch, "the item joined a batch");
    for (String doc : docs) {
      assertEquals(batch, DeliveryFixtures.item(doc, "PRINT", "print_batch"));
    }
    String folder = "print-drop/" + date(batch) + "/" + batch + "/";
    String pdfKey = folder + "documents.pdf";
    String manifestKey = folder + "manifest.csv";
    String bucket = Stack.PRINT_BUCKET;

    // read back from the print drop: one row per item of the batch, pages add up
    MinioClient s3 = Stack.s3();
    List<String> rows =
        new String(read(s3, bucket, manifestKey), StandardCharsets.UTF_8).lines().toList();
    long inBatch =
        Database.count(
            "select count(*) from vault.delivery_item where print_batch = ? and status = 'SENT'",
            batch);
    assertEquals(inBatch, rows.size() - 1, "one manifest row per printed item");
    assertTrue(rows.get(0).startsWith("sequence,document_id,customer_id,first_page,pages"));
    int sumOfDocumentPages = 0;
    for (String row : rows.subList(1, rows.size())) {
      String documentId = row.split(",")[1];
      String sha =
          Database.string(
              "select content_sha256 from vault.document where id = ?::uuid", documentId);
      sumOfDocumentPages +=
          pages(read(s3, "documents", "documents/" + sha.substring(0, 2) + "/" + sha));
    }
    assertEquals(sumOfDocumentPages, pages(read(s3, bucket, pdfKey)));
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.contains(docs.get(0) + "," + withAddress + ",")
                        && r.endsWith(",Ann Example,1 High Street,York YO1 7HH,,,")),
        String.join("\n", rows));
    assertTrue(
        rows.stream().anyMatch(r -> r.endsWith(",'=B. Example,\"2 Mill Lane, Leeds\",,,,")),
        "formula defused, comma quoted");
  }

  @Test
  void aLetterWhoseStoredBytesWereChangedIsNotPrintedButDeadLetteredAndAudited() throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    DeliveryFixtures.verifiedContact(
        customer, ContactKind.POSTAL, "D. Example\n4 Dock Street\nHull");
    String intact = publish(customer);
    String changed = publish(customer);
    for (String doc : List.of(intact, changed)) {
      assertEquals("QUEUED", DeliveryFixtures.awaitItem(doc, "PRINT", "QUEUED", 180_000));
    }
    // someone with access to the bucket puts another customer's letter (a valid PDF) in its place
    MinioClient s3 = Stack.s3();
    byte[] otherLetter = read(s3, "documents", objectKey(intact));
    s3.putObject(
        PutObjectArgs.builder()
            .bucket("documents")
            .object(objectKey(changed))
            .data(otherLetter, otherLetter.length)
            .contentType("application/pdf")
            .build());

    DeliveryFixtures.runPrintBatch(adam);

    assertEquals("SENT", DeliveryFixtures.awaitItem(intact, "PRINT", "SENT", 300_000));
    assertEquals("DEAD", DeliveryFixtures.awaitItem(changed, "PRINT", "DEAD", 300_000));
    assertTrue(DeliveryFixtures.item(changed, "PRINT", "last_error").startsWith("INTEGRITY"));
    String batch = DeliveryFixtures.item(intact, "PRINT", "print_batch");
    String manifest =
        new String(
            read(
                s3,
                Stack.PRINT_BUCKET,
                "print-drop/" + date(batch) + "/" + batch + "/manifest.csv"),
            StandardCharsets.UTF_8);
    assertTrue(manifest.contains("," + intact + "," + customer + ","), manifest);
    assertFalse(manifest.contains(changed), "the changed letter is not in the print drop");
    assertEquals(
        1,
        Database.count(
            "select count(*) from archive.record where kind = 'INTEGRITY_FAILURE'"
                + " and event_id like ?",
            "integrity:" + changed + ":%"));
    tokens();
    assertTrue(
        deadLetter(Long.parseLong(DeliveryFixtures.item(changed, "PRINT", "id")))
            .getString("lastError")
            .startsWith("INTEGRITY"));
  }

  private static String objectKey(String documentId) throws Exception {
    return Database.string("select object_key from vault.document where id = ?::uuid", documentId);
  }

  @Test
  void aPrintItemWithoutAddressIsDeadLetteredAtOnceAndARetryPrintsItOnceTheAddressExists()
      throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    String doc = publish(customer);
    // planned straight onto the dead-letter list: there is no address to print to
    assertEquals("DEAD", DeliveryFixtures.awaitItem(doc, "PRINT", "DEAD", 180_000));
    String key = DeliveryFixtures.item(doc, "PRINT", "idempotency_key");
    assertEquals(
        0,
        Database.count(
            "select count(*) from vault.delivery_event where document_id = ?::uuid"
                + " and channel = 'PRINT' and status = 'QUEUED'",
            doc),
        "never queued for printing");
    assertTrue(DeliveryFixtures.item(doc, "PRINT", "last_error").startsWith("NO_ADDRESS"));
    long id = Long.parseLong(DeliveryFixtures.item(doc, "PRINT", "id"));
    awaitRecord(
        Database.string(
            "select 'vault-delivery:' || document_id || ':PRINT:DEAD:' || id"
                + " from vault.delivery_event where document_id = ?::uuid and status = 'DEAD'",
            doc));

    JsonObject listed = deadLetter(id);
    assertEquals("PRINT", listed.getString("channel"));
    assertEquals(customer, listed.getString("customerId"));
    assertEquals(doc, listed.getString("documentId"));
    assertTrue(listed.getString("lastError").startsWith("NO_ADDRESS"));

    // staff fix the cause, then retry: queued again, attempts reset, the same key
    DeliveryFixtures.verifiedContact(customer, ContactKind.POSTAL, "C. Example\n3 Quay Road\nHull");
    tokens();
    HttpResponse<String> retried = Api.post(DEAD_LETTERS + "/" + id + "/retry", paula, "");
    assertEquals(200, retried.statusCode(), retried.body());
    assertEquals("QUEUED", Api.json(retried).getString("status"));
    assertEquals(0, Api.json(retried).getInt("attempts"));
    assertEquals(key, DeliveryFixtures.item(doc, "PRINT", "idempotency_key"));
    assertEquals(
        1,
        Database.count(
            "select count(*) from vault.delivery_item where document_id = ?::uuid"
                + " and channel = 'PRINT'",
            doc));

    DeliveryFixtures.runPrintBatch(adam);
    assertEquals("SENT", DeliveryFixtures.awaitItem(doc, "PRINT", "SENT", 300_000));
    tokens();
    assertNotNull(DeliveryFixtures.item(doc, "PRINT", "print_batch"));

    // no longer dead: a second retry is refused
    HttpResponse<String> again = Api.post(DEAD_LETTERS + "/" + id + "/retry", adam, "");
    assertEquals(409, again.statusCode(), again.body());
    assertEquals("id", Api.json(again).getString("field"));
  }

  @Test
  void onlyPublishersAndAdminsMayUseTheDeliveryEndpoints() throws Exception {
    String retry = DEAD_LETTERS + "/1/retry";
    // anonymous: 401
    assertEquals(401, Api.get(DEAD_LETTERS, null).statusCode());
    assertEquals(401, Api.post(retry, null, "").statusCode());
    assertEquals(401, Api.post(PRINT_BATCHES, null, "").statusCode());
    // a customer: 403, and an audit event
    long auditsBefore = denials();
    assertEquals(403, Api.get(DEAD_LETTERS, alice).statusCode());
    assertEquals(403, Api.post(retry, alice, "").statusCode());
    assertEquals(403, Api.post(PRINT_BATCHES, alice, "").statusCode());
    // another staff role: 403
    assertEquals(403, Api.get(DEAD_LETTERS, arthur).statusCode());
    assertEquals(403, Api.post(retry, arthur, "").statusCode());
    assertEquals(403, Api.post(PRINT_BATCHES, arthur, "").statusCode());
    assertTrue(denials() > auditsBefore, "refused calls are audit events");
    // publisher and admin
    assertEquals(200, Api.get(DEAD_LETTERS, paula).statusCode());
    assertEquals(200, Api.get(DEAD_LETTERS + "?limit=5", adam).statusCode());
    // bad input: 4xx naming the field, never a stack trace
    assertField(Api.get(DEAD_LETTERS + "?limit=lots", paula), 400, "limit");
    assertField(Api.get(DEAD_LETTERS + "?limit=100000", paula), 400, "limit");
    assertField(Api.get(DEAD_LETTERS + "?offset=-1", paula), 400, "offset");
    assertField(Api.post(DEAD_LETTERS + "/abc/retry", paula, ""), 400, "id");
    assertField(Api.post(DEAD_LETTERS + "/999999999/retry", paula, ""), 404, "id");
  }

  private static String publish(String customer) throws Exception {
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications",
            billing,
            Api.statement(customer, Api.uniqueReference("it-delivery"), "Delivery statement"));
    assertEquals(201, published.statusCode(), published.body());
    return Api.json(published).getString("documentId");
  }

  private static JsonObject deadLetter(long id) throws Exception {
    HttpResponse<String> list = Api.get(DEAD_LETTERS + "?limit=200", paula);
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(Api.json(list).getJsonNumber("total").longValue() >= 1);
    return Api.json(list).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("item " + id + " is not on the dead-letter list"));
  }

  private static void assertField(HttpResponse<String> response, int status, String field) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(field, Api.json(response).getString("field"), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  private static long denials() throws Exception {
    return Database.count(
        "select count(*) from archive.record where event_id like ?", "access-denied:%");
  }

  private static long sentEvents(String doc, String channel) throws Exception {
    return Database.count(
        "select count(*) from vault.delivery_event where document_id = ?::uuid"
            + " and channel = ? and status = 'SENT'",
        doc,
        channel);
  }

  private static void awaitRecord(String eventId) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (Database.count("select count(*) from archive.record where event_id = ?", eventId) == 0) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("not archived: " + eventId);
      }
      Thread.sleep(250);
    }
  }

  private static String date(String batch) {
    return batch.substring(0, 4) + "-" + batch.substring(4, 6) + "-" + batch.substring(6, 8);
  }

  private static byte[] read(MinioClient s3, String bucket, String key) throws Exception {
    try (InputStream in =
        s3.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
      return in.readAllBytes();
    }
  }

  private static int pages(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
