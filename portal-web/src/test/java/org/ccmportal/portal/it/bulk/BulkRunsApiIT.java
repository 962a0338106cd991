package org.ccmportal.portal.it.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk runs through the real API and the server's Jakarta Batch: every record becomes exactly one
 * document (a record sent twice, or a file sent twice, makes none more), refused lines are reported
 * with their line and field, and only the submitting publisher (or an admin) sees a run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkRunsApiIT {
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static String billing;
  static String alice;
  static String paula;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    billing = Tokens.billing();
    alice = Tokens.user("alice", "alice-demo-pw");
    paula = Tokens.user("paula", "paula-demo-pw");
  }

  @Test
  void eachRecordBecomesOneDocumentEvenWhenSentTwice() throws Exception {
    String prefix = "it-bulk:" + UUID.randomUUID();
    List<String> refs = List.of(prefix + ":1", prefix + ":2", prefix + ":3", prefix + ":4");
    StringBuilder file = new StringBuilder();
    for (String ref : refs) {
      file.append(record("C-1001", ref)).append('\n');
    }
    file.append(record("C-1001", refs.get(0))).append('\n'); // line 5: the same record again
    file.append('\n'); // line 6: blank, skipped
    file.append(record("C-1001", prefix + ":bad").replace("STATEMENT", "POSTCARD")).append('\n');

    JsonObject run = awaitDone(submit(billing, "application/x-ndjson", file.toString()));
    assertEquals("COMPLETED", run.getString("status"), run.toString());
    assertEquals(6, run.getInt("total"));
    assertEquals(5, run.getInt("done"));
    assertEquals(1, run.getInt("failed"));
    JsonObject failure = run.getJsonArray("failures").getJsonObject(0);
    assertEquals(7, failure.getInt("line"));
    assertEquals("documentType", failure.getString("field"));
    assertEquals(4, documents(prefix));

    JsonObject again = awaitDone(submit(billing, "application/x-ndjson", file.toString()));
    assertEquals("COMPLETED", again.getString("status"));
    assertEquals(5, again.getInt("done"));
    assertEquals(4, documents(prefix), "the same file again makes no new document");
  }

  @Test
  void csvFilesWithAHeaderArePublished() throws Exception {
    String prefix = "it-bulk-csv:" + UUID.randomUUID();
    String data =
        jakarta.json.Json.createReader(new java.io.StringReader(Api.statement("C-1002", "x", "x")))
            .readObject()
            .getJsonObject("data")
            .toString()
            .replace("\"", "\"\"");
    String csv =
        "customerId,documentType,externalReference,title,data\n"
            + "C-1002,STATEMENT,"
            + prefix
            + ":1,CSV statement,\""
            + data
            + "\"\n"
            + "C-1002,STATEMENT,"
            + prefix
            + ":2,,\""
            + data
            + "\"\n";
    JsonObject run = awaitDone(submit(billing, "text/csv", csv));
    assertEquals("COMPLETED", run.getString("status"), run.toString());
    assertEquals(2, run.getInt("done"));
    assertEquals(0, run.getInt("failed"));
    assertEquals(2, documents(prefix));
  }

  @Test
  void onlyItsPublisherSeesARun() throws Exception {
    HttpResponse<String> submitted =
        submit(billing, "application/x-ndjson", record("C-1001", "it-bulk:" + UUID.randomUUID()));
    assertEquals(202, submitted.statusCode(), submitted.body());
    String path = "/api/v1/bulk-runs/" + Api.json(submitted).getJsonNumber("id").longValue();
    assertEquals(200, Api.get(path, billing).statusCode());
    assertEquals(404, Api.get(path, paula).statusCode(), "another publisher");
    assertEquals(403, Api.get(path, alice).statusCode(), "a customer");
    assertEquals(401, Api.get(path, null).statusCode(), "anonymous");
    assertEquals(404, Api.get("/api/v1/bulk-runs/999999999", billing).statusCode());
    assertEquals(404, Api.get("/api/v1/bulk-runs/abc", billing).statusCode());
  }

  @Test
  void badSubmissionsAreRefusedAndStartNothing() throws Exception {
    String line = record("C-1001", "it-bulk:" + UUID.randomUUID());
    assertEquals(403, submit(alice, "application/x-ndjson", line).statusCode());
    assertEquals(401, submit(null, "application/x-ndjson", line).statusCode());
    assertEquals(415, submit(billing, "application/json", line).statusCode());
    assertBadRequest(submit(billing, "application/x-ndjson", "\n\n"), "body");
    assertBadRequest(submit(billing, "text/csv", "C-1,STATEMENT,r,t,{}\n"), "body");
  }

  static String record(String customer, String reference) {
    return Api.statement(customer, reference, "Bulk statement").replace("\n", " ").strip();
  }

  static HttpResponse<String> submit(String token, String contentType, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.PORTAL + "/api/v1/bulk-runs"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject awaitDone(HttpResponse<String> submitted) throws Exception {
    assertEquals(202, submitted.statusCode(), submitted.body());
    String path = "/api/v1/bulk-runs/" + Api.json(submitted).getJsonNumber("id").longValue();
    long end = System.currentTimeMillis() + 180_000;
    while (true) {
      HttpResponse<String> response = Api.get(path, billing);
      assertEquals(200, response.statusCode(), response.body());
      JsonObject run = Api.json(response);
      String status = run.getString("status");
      if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status)) {
        return run;
      }
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("run did not finish in 180 s: " + run);
      }
      Thread.sleep(500);
    }
  }

  static long documents(String prefix) throws Exception {
    return Database.count(
        "select count(*) from vault.document where external_reference like ?", prefix + ":%");
  }

  static void assertBadRequest(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(field, Api.json(response).getString("field"), response.body());
    assertFalse(response.body().contains("Exception"));
    assertTrue(Api.json(response).getString("message").length() > 5);
  }
}
