package org.ccmportal.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.GetObjectRetentionArgs;
import io.minio.MinioClient;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton through the real API on the provisioned server: a billing system publishes a
 * statement, it is rendered, stored with retention, archived and announced by email, and only its
 * owner can read it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishAndReadApiIT {

  static String billing;
  static String alice;
  static String bob;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    billing = Tokens.billing();
    alice = Tokens.user("alice", "alice-demo-pw");
    bob = Tokens.user("bob", "bob-demo-pw");
  }

  @Test
  void publishedStatementIsStoredArchivedAnnouncedAndReadableByItsOwnerOnly() throws Exception {
    int mailsBefore = Mailbox.awaitMore("alice@example.com", -1, 0).size();
    String reference = Api.uniqueReference("it-statement");
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications", billing, Api.statement("C-1001", reference, "IT statement"));
    assertEquals(201, published.statusCode(), published.body());
    JsonObject receipt = Api.json(published);
    String id = receipt.getString("documentId");
    String sha256 = receipt.getString("sha256");
    assertTrue(receipt.getBoolean("created"));

    // the Document row with the retention of its type (statements: 7 years from issue)
    Instant retainUntil = Instant.parse(receipt.getString("retainUntil"));
    Instant expected = Instant.now().atZone(ZoneOffset.UTC).plusYears(7).toInstant();
    assertTrue(
        Math.abs(ChronoUnit.MINUTES.between(retainUntil, expected)) < 10, "7 years retention");
    assertEquals(
        sha256,
        Database.string("select content_sha256 from vault.document where id = ?::uuid", id));

    // the object in the documents bucket carries that retention (read back from the server)
    MinioClient s3 = Stack.s3();
    String key = "documents/" + sha256.substring(0, 2) + "/" + sha256;
    Retention docRetention =
        s3.getObjectRetention(
            GetObjectRetentionArgs.builder().bucket("documents").object(key).build());
    assertEquals(RetentionMode.GOVERNANCE, docRetention.mode());
    assertEquals(
        retainUntil.truncatedTo(ChronoUnit.SECONDS),
        docRetention.retainUntilDate().toInstant().truncatedTo(ChronoUnit.SECONDS));

    // the owner lists it and downloads exactly the stored bytes, with safe headers
    JsonObject list = Api.json(Api.get("/api/v1/documents?limit=100", alice));
    assertTrue(
        list.getJsonArray("items").stream()
            .anyMatch(d -> d.asJsonObject().getString("id").equals(id)));
    HttpResponse<byte[]> content = Api.getBytes("/api/v1/documents/" + id + "/content", alice);
    assertEquals(200, content.statusCode());
    assertEquals(sha256, Hashes.sha256(content.body()));
    assertTrue(new String(content.body(), 0, 5).startsWith("%PDF-"));
    assertTrue(
        content
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .startsWith("attachment; filename=\"statement-"));
    assertEquals("nosniff", content.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-store", content.headers().firstValue("Cache-Control").orElse(""));

    // another customer and an anonymous caller cannot
    assertEquals(404, Api.get("/api/v1/documents/" + id + "/content", bob).statusCode());
    JsonObject bobsList = Api.json(Api.get("/api/v1/documents?limit=100", bob));
    assertFalse(
        bobsList.getJsonArray("items").stream()
            .anyMatch(d -> d.asJsonObject().getString("id").equals(id)));
    assertEquals(401, Api.get("/api/v1/documents/" + id + "/content", null).statusCode());

    // archived: an immutable copy under COMPLIANCE retention, a leaf of the log
    awaitArchived(id);
    String archiveKey =
        Database.string(
            "select object_key from archive.record where event_id = ?", "vault-document:" + id);
    assertEquals(
        sha256,
        Database.string(
            "select content_sha256 from archive.record where event_id = ?",
            "vault-document:" + id));
    Retention archived =
        s3.getObjectRetention(
            GetObjectRetentionArgs.builder().bucket("archive").object(archiveKey).build());
    assertEquals(RetentionMode.COMPLIANCE, archived.mode());
    assertTrue(
        archived
            .retainUntilDate()
            .toInstant()
            .isAfter(Instant.now().plus(365 * 6, ChronoUnit.DAYS)));

    // announced by email, with a link and no personal data
    List<Mailbox.Mail> mails = Mailbox.awaitMore("alice@example.com", mailsBefore, 30_000);
    assertTrue(mails.size() > mailsBefore, "a new-document email reached alice");
    Mailbox.Mail mail = mails.get(mails.size() - 1);
    assertTrue(mail.body().contains("/inbox.xhtml"), mail.body());
    assertFalse(mail.body().contains("Test Customer"), "no customer name in the email");
    assertFalse(mail.body().contains("GB00"), "no account number in the email");
    assertFalse(mail.body().contains("80.50"), "no amounts in the email");

    // the archive keeps the message as sent, every delivery event, and the consents in force
    awaitRecord("vault-message:" + id + ":EMAIL");
    assertEquals(
        "MESSAGE",
        Database.string(
            "select kind from archive.record where event_id = ?",
            "vault-message:" + id + ":EMAIL"));
    awaitRecord("vault-delivery:" + id + ":EMAIL:SENT");
    awaitRecord("vault-delivery:" + id + ":PORTAL:AVAILABLE");
    assertEquals(
        "DELIVERY_EVENT",
        Database.string(
            "select kind from archive.record where event_id = ?",
            "vault-delivery:" + id + ":EMAIL:SENT"));
    String snapshot =
        Database.string(
            "select consent_snapshot from archive.record where event_id = ?",
            "vault-document:" + id);
    assertTrue(
        snapshot != null && snapshot.startsWith("{\"consents\":["), String.valueOf(snapshot));
  }

  @Test
  void publishingTheSameReferenceTwiceMakesOneDocument() throws Exception {
    String reference = Api.uniqueReference("it-idempotent");
    String body = Api.statement("C-1001", reference, "Idempotent statement");
    HttpResponse<String> first = Api.post("/api/v1/communications", billing, body);
    HttpResponse<String> second = Api.post("/api/v1/communications", billing, body);
    assertEquals(201, first.statusCode(), first.body());
    assertEquals(200, second.statusCode(), second.body());
    assertEquals(Api.json(first).getString("documentId"), Api.json(second).getString("documentId"));
    assertFalse(Api.json(second).getBoolean("created"));
    assertEquals(
        1,
        Database.count(
            "select count(*) from vault.document where external_reference = ?", reference));
  }

  @Test
  void callsWithoutAValidTokenGet401NotALoginPage() throws Exception {
    for (String path :
        List.of(
            "/api/v1/documents",
            "/api/v1/preferences",
            "/api/v1/documents/00000000-0000-0000-0000-000000000000/content")) {
      HttpResponse<String> anonymous = Api.get(path, null);
      assertEquals(401, anonymous.statusCode(), path);
      assertTrue(
          anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
      assertEquals(401, Api.get(path, "not-a-token").statusCode(), path);
    }
    HttpResponse<String> publish =
        Api.post("/api/v1/communications", null, Api.statement("C-1001", "x:1", "x"));
    assertEquals(401, publish.statusCode());
  }

  @Test
  void aCustomerCannotPublish() throws Exception {
    String reference = Api.uniqueReference("it-forbidden");
    HttpResponse<String> response =
        Api.post("/api/v1/communications", alice, Api.statement("C-1001", reference, "x"));
    assertEquals(403, response.statusCode(), response.body());
    assertEquals(
        0,
        Database.count(
            "select count(*) from vault.document where external_reference = ?", reference));
  }

  @Test
  void aPublisherCannotReadTheInbox() throws Exception {
    assertEquals(403, Api.get("/api/v1/documents", billing).statusCode());
  }

  @Test
  void badRequestsName400TheFieldAndStoreNothing() throws Exception {
    String reference = Api.uniqueReference("it-bad");
    assertBadRequest(Api.post("/api/v1/communications", billing, "{not json"), "body");
    assertBadRequest(Api.post("/api/v1/communications", billing, "[1,2]"), "body");
    assertBadRequest(
        Api.post(
            "/api/v1/communications",
            billing,
            Api.statement("C-1001", reference, "x").replace("\"customerId\":\"C-1001\",", "")),
        "customerId");
    assertBadRequest(
        Api.post("/api/v1/communications", billing, Api.statement("C 1001", reference, "x")),
        "customerId");
    assertBadRequest(
        Api.post(
            "/api/v1/communications",
            billing,
            Api.statement("C-1001", reference, "x").replace("STATEMENT", "POSTCARD")),
        "documentType");
    assertBadRequest(
        Api.post(
            "/api/v1/communications",
            billing,
            Api.statement("C-1001", reference, "x").replace("\"externalReference\"", "\"ref\"")),
        "externalReference");
    assertBadRequest(
        Api.post(
            "/api/v1/communications",
            billing,
            "{\"customerId\":\"C-1001\",\"documentType\":\"STATEMENT\",\"externalReference\":\""
                + reference
                + "\"}"),
        "data");
    assertBadRequest(
        Api.post(
            "/api/v1/communications",
            billing,
            "{\"customerId\":42,\"documentType\":\"STATEMENT\",\"externalReference\":\""
                + reference
                + "\",\"data\":{}}"),
        "customerId");
    assertEquals(
        0,
        Database.count(
            "select count(*) from vault.document where external_reference = ?", reference));
  }

  @Test
  void everyResponseCarriesSecurityHeaders() throws Exception {
    for (HttpResponse<String> r :
        List.of(
            Api.get("/index.xhtml", null),
            Api.get("/api/v1/documents", null),
            Api.get("/health/ready", null))) {
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("frame-ancestors 'self'"), r.uri() + " " + csp);
      assertEquals(
          "nosniff",
          r.headers().firstValue("X-Content-Type-Options").orElse(""),
          r.uri().toString());
      assertNotNull(r.headers().firstValue("Referrer-Policy").orElse(null), r.uri().toString());
    }
  }

  @Test
  void healthReportsDatabaseStorageAndKeycloak() throws Exception {
    HttpResponse<String> health = Api.get("/health/ready", null);
    assertEquals(200, health.statusCode(), health.body());
    JsonObject json = Api.json(health);
    assertEquals("UP", json.getString("status"));
    assertEquals(
        List.of("database", "objectStorage", "keycloak"),
        json.getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")).toList());
  }

  private static void assertBadRequest(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    JsonObject error = Api.json(response);
    assertEquals(field, error.getString("field"), response.body());
    assertFalse(error.getString("message").isBlank());
    assertFalse(response.body().contains("Exception"), "no stack trace or exception names");
  }

  private static void awaitRecord(String eventId) throws Exception {
    long end = System.currentTimeMillis() + 30_000;
    while (Database.count("select count(*) from archive.record where event_id = ?", eventId) == 0) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError(eventId + " was not archived within 30 s");
      }
      Thread.sleep(200);
    }
  }

  private static void awaitArchived(String documentId) throws Exception {
    long end = System.currentTimeMillis() + 30_000;
    while (Database.count(
            "select count(*) from archive.record where event_id = ?",
            "vault-document:" + documentId)
        == 0) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("document was not archived within 30 s");
      }
      Thread.sleep(200);
    }
  }
}
