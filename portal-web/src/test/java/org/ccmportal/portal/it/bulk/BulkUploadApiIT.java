package org.ccmportal.portal.it.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * A bulk file sent as {@code multipart/form-data} (a part named {@code file}) runs like a file sent
 * as the body; without that part, or with a part of no known format, it is a 400 naming {@code
 * file} and no run starts. Only publishers may send one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkUploadApiIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String BOUNDARY = "ccm-it-" + UUID.randomUUID();
  static String billing;
  static String alice;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    billing = Tokens.billing();
    alice = Tokens.user("alice", "alice-demo-pw");
  }

  @Test
  void aMultipartFileIsPublishedByItsExtension() throws Exception {
    String prefix = "it-bulk-multipart:" + UUID.randomUUID();
    String file =
        BulkRunsApiIT.record("C-1002", prefix + ":1")
            + "\n"
            + BulkRunsApiIT.record("C-1002", prefix + ":2")
            + "\n";
    HttpResponse<String> submitted =
        send(billing, part("file", "records.ndjson", "application/octet-stream", file));
    assertEquals(202, submitted.statusCode(), submitted.body());
    JsonObject run = awaitDone(Api.json(submitted).getJsonNumber("id").longValue());
    assertEquals("COMPLETED", run.getString("status"), run.toString());
    assertEquals(2, run.getInt("done"));
    assertEquals(2, BulkRunsApiIT.documents(prefix));
  }

  @Test
  void badOrUnauthorisedUploadsStartNothing() throws Exception {
    String line = BulkRunsApiIT.record("C-1001", "it-bulk-multipart:" + UUID.randomUUID());
    long runs = Database.count("select count(*) from public.job_execution");
    assertBadRequest(send(billing, part("data", "records.ndjson", "text/plain", line)));
    assertBadRequest(send(billing, part("file", "records.txt", "text/plain", line)));
    assertBadRequest(send(billing, part("file", "empty.ndjson", "application/x-ndjson", "\n")));
    assertEquals(403, send(alice, part("file", "records.ndjson", "text/plain", line)).statusCode());
    assertEquals(401, send(null, part("file", "records.ndjson", "text/plain", line)).statusCode());
    assertEquals(runs, Database.count("select count(*) from public.job_execution"));
  }

  private static String part(String name, String fileName, String type, String content) {
    return "--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"; filename=\""
        + fileName
        + "\"\r\nContent-Type: "
        + type
        + "\r\n\r\n"
        + content
        + "\r\n--"
        + BOUNDARY
        + "--\r\n";
  }

  private static HttpResponse<String> send(String token, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.PORTAL + "/api/v1/bulk-runs"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject awaitDone(long id) throws Exception {
    long end = System.currentTimeMillis() + 180_000;
    while (true) {
      HttpResponse<String> response = Api.get("/api/v1/bulk-runs/" + id, billing);
      assertEquals(200, response.statusCode(), response.body());
      JsonObject run = Api.json(response);
      if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
          .contains(run.getString("status"))) {
        return run;
      }
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("run did not finish in 180 s: " + run);
      }
      Thread.sleep(500);
    }
  }

  private static void assertBadRequest(HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("file", Api.json(response).getString("field"), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }
}
