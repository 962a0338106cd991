package org.ccmportal.portal.it.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.ccmportal.portal.it.delivery.DeliveryFixtures;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention rules are the administrator's; an event starts an event-based period; the disposition
 * job removes a document whose retention has passed (row and object) and archives a DISPOSITION
 * event; a document whose archive record is under legal hold stays until the hold is released.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionAndDispositionIT {

  static String adam;
  static String paula;
  static String alice;
  static String billing;
  static String arthur;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    adam = Tokens.user("adam", "adam-demo-pw");
    paula = Tokens.user("paula", "paula-demo-pw");
    alice = Tokens.user("alice", "alice-demo-pw");
    billing = Tokens.billing();
    arthur = Tokens.user("arthur", "arthur-demo-pw");
  }

  @Test
  void rulesAreReadAndChangedByAdminOnlyAndBadChangesNameTheField() throws Exception {
    HttpResponse<String> rules = Api.get("/api/v1/retention-rules", adam);
    assertEquals(200, rules.statusCode(), rules.body());
    assertTrue(rules.body().contains("\"documentType\":\"STATEMENT\""), rules.body());
    assertEquals(403, Api.get("/api/v1/retention-rules", paula).statusCode());
    assertEquals(403, Api.get("/api/v1/retention-rules", alice).statusCode());
    assertEquals(401, Api.get("/api/v1/retention-rules", null).statusCode());

    String same = rule("REGULATORY_NOTICE", "P7Y", "ISSUE_DATE", null);
    assertEquals(403, Api.put("/api/v1/retention-rules", paula, same).statusCode());
    HttpResponse<String> changed = Api.put("/api/v1/retention-rules", adam, same);
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("adam", Api.json(changed).getString("updatedBy"));

    assertField("period", rule("REGULATORY_NOTICE", "seven years", "ISSUE_DATE", null));
    assertField("period", rule("REGULATORY_NOTICE", "P200Y", "ISSUE_DATE", null));
    assertField("event", rule("REGULATORY_NOTICE", "P7Y", "EVENT", null));
    assertField("documentType", rule("LETTER", "P7Y", "ISSUE_DATE", null));
    assertEquals(
        "P7Y",
        Database.string(
            "select retention_period from vault.retention_rule"
                + " where document_type = 'REGULATORY_NOTICE'"));
  }

  @Test
  void anEventStartsTheRetentionOfDocumentsThatWaitedForIt() throws Exception {
    String customer = "C-1001";
    try {
      assertEquals(
          200,
          Api.put(
                  "/api/v1/retention-rules",
                  adam,
                  rule("REGULATORY_NOTICE", "P1Y", "EVENT", "ACCOUNT_CLOSURE"))
              .statusCode());
      String id = publishNotice(customer);
      assertEquals(
          "9999",
          Database.string(
              "select extract(year from retain_until)::int from vault.document where id = ?::uuid",
              id));
      assertEquals(
          403,
          Api.post("/api/v1/retention-events", alice, event(customer, "ACCOUNT_CLOSURE"))
              .statusCode());
      HttpResponse<String> bad =
          Api.post("/api/v1/retention-events", billing, event(customer, "MOVED_HOUSE"));
      assertEquals(400, bad.statusCode());
      assertEquals("event", Api.json(bad).getString("field"));
      HttpResponse<String> recorded =
          Api.post("/api/v1/retention-events", billing, event(customer, "ACCOUNT_CLOSURE"));
      assertEquals(201, recorded.statusCode(), recorded.body());
      assertTrue(Api.json(recorded).getInt("documentsUpdated") >= 1);
      Instant until =
          Instant.parse(
              Database.string(
                  "select to_char(retain_until at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                      + " from vault.document where id = ?::uuid",
                  id));
      Instant expected = Instant.now().plus(365, ChronoUnit.DAYS);
      assertTrue(Math.abs(ChronoUnit.DAYS.between(until, expected)) <= 1, until.toString());
    } finally {
      Api.put(
          "/api/v1/retention-rules", adam, rule("REGULATORY_NOTICE", "P7Y", "ISSUE_DATE", null));
    }
  }

  @Test
  void dispositionWaitsForDeliveryThenRemovesTheDocumentAndArchivesTheEvent() throws Exception {
    // a customer who gets paper: the letter waits in the print queue until the batch runs
    String customer = DeliveryFixtures.newCustomer();
    DeliveryFixtures.verifiedContact(
        customer, ContactKind.POSTAL, "Dora Example\n4 Quay Street\nBristol BS1 4DJ");
    String id = publishNotice(customer);
    String key = Database.string("select object_key from vault.document where id = ?::uuid", id);
    awaitArchived(id);
    assertEquals("QUEUED", DeliveryFixtures.awaitItem(id, "PRINT", "QUEUED", 120_000));
    assertEquals(
        1,
        Database.update(
            "update vault.document set retain_until = now() - interval '1 day'"
                + " where id = ?::uuid",
            id));
    assertEquals(403, Api.post("/api/v1/disposition-runs", paula, "").statusCode());
    assertEquals(401, Api.post("/api/v1/disposition-runs", null, "").statusCode());

    // the letter is not printed yet: the document stays until its delivery is done
    HttpResponse<String> waiting = Api.post("/api/v1/disposition-runs", adam, "");
    assertEquals(200, waiting.statusCode(), waiting.body());
    assertTrue(Api.json(waiting).getInt("deferred") >= 1, waiting.body());
    assertEquals(id, Database.string("select id from vault.document where id = ?::uuid", id));
    assertNull(
        Database.string("select kind from archive.record where event_id = ?", "disposition:" + id));

    DeliveryFixtures.runPrintBatch(adam);
    assertEquals("SENT", DeliveryFixtures.awaitItem(id, "PRINT", "SENT", 300_000));
    HttpResponse<String> run = Api.post("/api/v1/disposition-runs", adam, "");
    assertEquals(200, run.statusCode(), run.body());
    assertTrue(Api.json(run).getInt("disposed") >= 1, run.body());
    assertNull(
        DeliveryFixtures.item(id, "PRINT", "status"), "the delivery rows went with the document");

    assertNull(Database.string("select id from vault.document where id = ?::uuid", id));
    assertEquals(
        "DISPOSITION",
        Database.string("select kind from archive.record where event_id = ?", "disposition:" + id));
    MinioClient s3 = Stack.s3();
    assertThrows(
        ErrorResponseException.class,
        () -> s3.statObject(StatObjectArgs.builder().bucket("documents").object(key).build()));
    // the archive still holds the communication itself
    assertEquals(
        1L,
        Database.count(
            "select count(*) from archive.record where event_id = ?", "vault-document:" + id));
  }

  @Test
  void aDocumentUnderLegalHoldStaysUntilTheHoldIsReleased() throws Exception {
    String id = publishNotice("C-1003");
    awaitArchived(id);
    String recordId =
        Database.string("select id from archive.record where event_id = ?", "vault-document:" + id);
    String hold = "/api/v1/archive/records/" + recordId + "/legal-hold?caseReference=CASE-IT-HOLD";
    HttpResponse<String> placed = Api.put(hold, arthur, "");
    assertEquals(200, placed.statusCode(), placed.body());
    assertTrue(Api.json(placed).getBoolean("legalHold"), placed.body());
    try {
      assertEquals(
          1,
          Database.update(
              "update vault.document set retain_until = now() - interval '1 day'"
                  + " where id = ?::uuid",
              id));

      HttpResponse<String> heldRun = Api.post("/api/v1/disposition-runs", adam, "");
      assertEquals(200, heldRun.statusCode(), heldRun.body());
      assertTrue(Api.json(heldRun).getInt("held") >= 1, heldRun.body());
      assertEquals(id, Database.string("select id from vault.document where id = ?::uuid", id));
      assertEquals(
          0L,
          Database.count(
              "select count(*) from archive.record where event_id = ?", "disposition:" + id));
    } finally {
      HttpResponse<String> released = Http.delete(hold, arthur);
      assertEquals(200, released.statusCode(), released.body());
      assertFalse(Api.json(released).getBoolean("legalHold"), released.body());
    }

    HttpResponse<String> run = Api.post("/api/v1/disposition-runs", adam, "");
    assertEquals(200, run.statusCode(), run.body());
    assertNull(Database.string("select id from vault.document where id = ?::uuid", id));
    assertEquals(
        "DISPOSITION",
        Database.string("select kind from archive.record where event_id = ?", "disposition:" + id));
  }

  private static String publishNotice(String customer) throws Exception {
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications",
            billing,
            """
            {"customerId":"%s","documentType":"REGULATORY_NOTICE","externalReference":"%s",
             "data":{"customerName":"Retention Test","title":"Retention test %s",
                     "effectiveDate":"2026-05-01","paragraphs":["A paragraph."]}}
            """
                .formatted(customer, Api.uniqueReference("it-retention"), Instant.now()));
    assertEquals(201, published.statusCode(), published.body());
    return Api.json(published).getString("documentId");
  }

  private static void awaitArchived(String id) throws Exception {
    for (int i = 0; i < 60; i++) {
      if (Database.count(
              "select count(*) from vault.outbox where document_id = ?::uuid"
                  + " and status = 'PENDING'",
              id)
          == 0) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("delivery work of " + id + " did not finish");
  }

  private static void assertField(String field, String body) throws Exception {
    HttpResponse<String> response = Api.put("/api/v1/retention-rules", adam, body);
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(field, Api.json(response).getString("field"));
  }

  private static String rule(String type, String period, String trigger, String event) {
    return "{\"documentType\":\"%s\",\"period\":\"%s\",\"trigger\":\"%s\"%s}"
        .formatted(type, period, trigger, event == null ? "" : ",\"event\":\"" + event + "\"");
  }

  private static String event(String customer, String event) {
    return "{\"customerId\":\"%s\",\"event\":\"%s\",\"occurredAt\":\"%s\"}"
        .formatted(customer, event, Instant.now().minusSeconds(60));
  }
}
