package org.ccmportal.portal.it.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
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
 * Publications through the real API: paula (publisher) creates and submits, arthur (approver)
 * approves, the bulk job makes exactly one document per recipient and the figures match the
 * database. Maker-checker, wrong states, unapproved template versions, bad input, customers and
 * anonymous callers are refused; nothing is stored for a refused request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationsApiIT {
  private static final String BASE = "/api/v1/publications";

  static String paula;
  static String arthur;
  static String alice;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    paula = Tokens.user("paula", "paula-demo-pw");
    arthur = Tokens.user("arthur", "arthur-demo-pw");
    alice = Tokens.user("alice", "alice-demo-pw");
  }

  @Test
  void approvedPublicationMakesOneDocumentPerRecipientAndReportsTheFigures() throws Exception {
    long id = created(request("[\"C-1001\",\"C-1002\",\"C-1001\"]", null));
    JsonObject draft = Api.json(Api.get(BASE + "/" + id, paula));
    assertEquals("DRAFT", draft.getString("state"));
    assertEquals(2, draft.getJsonObject("counts").getInt("recipients"), "duplicates count once");

    // preview for one recipient (back office only); a customer outside the audience is a 404
    HttpResponse<byte[]> preview =
        Api.getBytes(BASE + "/" + id + "/preview?customerId=C-1001", arthur);
    assertEquals(200, preview.statusCode());
    assertTrue(new String(preview.body(), 0, 5).startsWith("%PDF-"));
    assertEquals(
        404, Api.getBytes(BASE + "/" + id + "/preview?customerId=C-9999", paula).statusCode());
    assertEquals(
        403, Api.getBytes(BASE + "/" + id + "/preview?customerId=C-1001", alice).statusCode());
    assertEquals(
        401, Api.getBytes(BASE + "/" + id + "/preview?customerId=C-1001", null).statusCode());

    // a draft cannot be approved; only its creator submits it
    assertEquals(409, Api.post(BASE + "/" + id + "/approve", arthur, "").statusCode());
    assertEquals(403, Api.post(BASE + "/" + id + "/submit", arthur, "").statusCode());
    assertEquals(403, Api.post(BASE + "/" + id + "/submit", alice, "").statusCode());
    assertEquals(401, Api.post(BASE + "/" + id + "/submit", null, "").statusCode());
    HttpResponse<String> submitted = Api.post(BASE + "/" + id + "/submit", paula, "");
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("SUBMITTED", Api.json(submitted).getString("state"));

    // maker-checker: paula cannot approve her own; customers and anonymous callers cannot either
    assertEquals(403, Api.post(BASE + "/" + id + "/approve", paula, "").statusCode());
    assertEquals(403, Api.post(BASE + "/" + id + "/approve", alice, "").statusCode());
    assertEquals(401, Api.post(BASE + "/" + id + "/approve", null, "").statusCode());
    HttpResponse<String> approved = Api.post(BASE + "/" + id + "/approve", arthur, "");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("arthur", Api.json(approved).getString("decidedBy"));
    assertEquals(409, Api.post(BASE + "/" + id + "/approve", arthur, "").statusCode());

    JsonObject done = awaitState(id, "COMPLETED", 120);
    for (String customer : new String[] {"C-1001", "C-1002"}) {
      assertEquals(
          1L,
          Database.count(
              "select count(*) from vault.document where external_reference = ?",
              "pub:" + id + ":" + customer),
          customer);
    }
    JsonObject counts = done.getJsonObject("counts");
    assertEquals(2, counts.getInt("recipients"));
    assertEquals(2, counts.getInt("documentsRendered"));
    assertEquals(0, counts.getInt("failed"));
    assertEquals(0, counts.getJsonObject("skipped").size());
    assertEquals(
        Database.count(
            "select count(*) from vault.delivery_event e join vault.document d"
                + " on d.id = e.document_id where d.external_reference like ?",
            "pub:" + id + ":%"),
        total(counts.getJsonObject("deliveries")),
        "delivery figures are the delivery events of its documents");
    assertEquals(
        "PUBLICATION_DECISION",
        Database.string(
            "select kind from archive.record where event_id = ?", "publication-decision:" + id));

    // every back-office role reads it; a customer gets 403, anonymous 401
    assertEquals(200, Api.get(BASE + "/" + id, arthur).statusCode());
    assertEquals(403, Api.get(BASE + "/" + id, alice).statusCode());
    assertEquals(401, Api.get(BASE + "/" + id, null).statusCode());
    assertEquals(404, Api.get(BASE + "/999999999", paula).statusCode());
    HttpResponse<String> list = Api.get(BASE + "?state=COMPLETED", arthur);
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("\"id\":" + id), list.body());
    assertEquals("state", Api.json(Api.get(BASE + "?state=NOPE", paula)).getString("field"));
    assertEquals(403, Api.get(BASE, alice).statusCode());
    assertEquals(401, Api.get(BASE, null).statusCode());
  }

  @Test
  void aScheduledPublicationIsStartedByTheTimerWhenDue() throws Exception {
    Instant at = Instant.now().plusSeconds(20);
    long id = created(request("[\"C-1002\"]", at));
    assertEquals(200, Api.post(BASE + "/" + id + "/submit", paula, "").statusCode());
    HttpResponse<String> approved = Api.post(BASE + "/" + id + "/approve", arthur, "");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", Api.json(approved).getString("state"), "not before its time");
    assertTrue(Api.json(approved).getString("waitingFor").startsWith("scheduled for"));
    JsonObject done = awaitState(id, "COMPLETED", 120);
    assertEquals(
        "t",
        Database.string(
            "select started_at >= scheduled_at from vault.publication where id = ?", id),
        "started when due, not before");
    assertEquals(1, done.getJsonObject("counts").getInt("documentsRendered"));
  }

  @Test
  void aRejectionNeedsAReasonAndSaysWhy() throws Exception {
    long id = created(request("C-1001\nC-1002\n", null));
    assertEquals(200, Api.post(BASE + "/" + id + "/submit", paula, "").statusCode());
    HttpResponse<String> noReason = Api.post(BASE + "/" + id + "/reject", arthur, "{}");
    assertEquals(400, noReason.statusCode());
    assertEquals("reason", Api.json(noReason).getString("field"));
    assertEquals(
        403, Api.post(BASE + "/" + id + "/reject", paula, "{\"reason\":\"x\"}").statusCode());
    assertEquals(
        403, Api.post(BASE + "/" + id + "/reject", alice, "{\"reason\":\"x\"}").statusCode());
    assertEquals(
        401, Api.post(BASE + "/" + id + "/reject", null, "{\"reason\":\"x\"}").statusCode());
    HttpResponse<String> rejected =
        Api.post(BASE + "/" + id + "/reject", arthur, "{\"reason\":\"wrong audience\"}");
    assertEquals(200, rejected.statusCode(), rejected.body());
    JsonObject view = Api.json(Api.get(BASE + "/" + id, paula));
    assertEquals("REJECTED", view.getString("state"));
    assertEquals("wrong audience", view.getString("rejectionReason"));
    assertEquals(409, Api.post(BASE + "/" + id + "/approve", arthur, "").statusCode());
    assertEquals(
        0L,
        Database.count(
            "select count(*) from vault.document where external_reference like ?",
            "pub:" + id + ":%"));
  }

  @Test
  void onlyAnApprovedTemplateVersionIsPublishedAndBadInputNamesTheField() throws Exception {
    long before = Database.count("select count(*) from vault.publication");

    // a draft version of the notice template is refused, naming the field
    JsonObject inForce =
        Api.json(Api.get("/api/v1/templates/notice/versions/" + approvedNotice(), paula));
    HttpResponse<String> draft =
        Api.post(
            "/api/v1/templates/notice/versions",
            paula,
            Json.createObjectBuilder()
                .add("xslt", inForce.getString("xslt"))
                .add("sampleData", inForce.getString("sampleData"))
                .build()
                .toString());
    assertEquals(201, draft.statusCode(), draft.body());
    int draftVersion = Api.json(draft).getInt("version");
    HttpResponse<String> refused =
        Api.post(BASE, paula, body("REGULATORY_NOTICE", draftVersion, "[\"C-1001\"]", null));
    assertEquals(422, refused.statusCode(), refused.body());
    assertEquals("templateVersion", Api.json(refused).getString("field"));
    assertTrue(Api.json(refused).getString("message").contains("DRAFT"));
    // ... and so is one in review
    assertEquals(
        200,
        Api.post("/api/v1/templates/notice/versions/" + draftVersion + "/submit", paula, "")
            .statusCode());
    HttpResponse<String> inReview =
        Api.post(BASE, paula, body("REGULATORY_NOTICE", draftVersion, "[\"C-1001\"]", null));
    assertEquals(422, inReview.statusCode(), inReview.body());
    assertTrue(Api.json(inReview).getString("message").contains("IN_REVIEW"));
    // leave the template as it was for other tests: arthur rejects the version in review
    Api.post(
        "/api/v1/templates/notice/versions/" + draftVersion + "/reject",
        arthur,
        "{\"comment\":\"test version\"}");

    int version = approvedNotice();
    assertField(
        "templateId",
        422,
        "{\"title\":\"T\",\"documentType\":\"STATEMENT\","
            + "\"templateId\":\"notice\",\"templateVersion\":"
            + version
            + ",\"audience\":[\"C-1\"]}");
    assertField("templateVersion", 422, body("REGULATORY_NOTICE", 99999, "[\"C-1001\"]", null));
    assertField("documentType", 400, body("NOPE", version, "[\"C-1001\"]", null));
    assertField(
        "audience", 400, body("REGULATORY_NOTICE", version, "[\"C-1001\",\"C 1002\"]", null));
    assertField("audience", 400, body("REGULATORY_NOTICE", version, "[]", null));
    assertField("audience", 400, body("REGULATORY_NOTICE", version, "[1001]", null));
    assertField(
        "scheduledAt",
        400,
        body("REGULATORY_NOTICE", version, "[\"C-1001\"]", "\"2020-01-01T00:00:00Z\""));
    assertField(
        "scheduledAt", 400, body("REGULATORY_NOTICE", version, "[\"C-1001\"]", "\"tomorrow\""));
    assertField(
        "title",
        400,
        "{\"documentType\":\"REGULATORY_NOTICE\",\"templateVersion\":"
            + version
            + ",\"audience\":[\"C-1001\"]}");
    assertField("body", 400, "not json");

    // customers and anonymous callers cannot create; nothing was stored by any refusal
    assertEquals(403, Api.post(BASE, alice, request("[\"C-1001\"]", null)).statusCode());
    assertEquals(401, Api.post(BASE, null, request("[\"C-1001\"]", null)).statusCode());
    assertEquals(403, Api.post(BASE, arthur, request("[\"C-1001\"]", null)).statusCode());
    assertEquals(before, Database.count("select count(*) from vault.publication"));
  }

  private static void assertField(String field, int status, String json) throws Exception {
    HttpResponse<String> response = Api.post(BASE, paula, json);
    assertEquals(status, response.statusCode(), response.body());
    JsonObject error = Api.json(response);
    assertEquals(field, error.getString("field"), response.body());
    assertTrue(!response.body().contains("Exception"), "no stack trace: " + response.body());
  }

  private static long created(String json) throws Exception {
    HttpResponse<String> response = Api.post(BASE, paula, json);
    assertEquals(201, response.statusCode(), response.body());
    JsonObject view = Api.json(response);
    assertEquals("paula", view.getString("createdBy"));
    assertNull(view.get("decidedBy") == JsonValue.NULL ? null : view.get("decidedBy"));
    return view.getJsonNumber("id").longValue();
  }

  private static JsonObject awaitState(long id, String state, int seconds) throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    JsonObject view;
    do {
      view = Api.json(Api.get(BASE + "/" + id, paula));
      if (state.equals(view.getString("state"))) {
        return view;
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("publication " + id + " did not become " + state + ": " + view);
  }

  private static long total(JsonObject deliveries) {
    long sum = 0;
    for (JsonValue byStatus : deliveries.values()) {
      for (JsonValue n : byStatus.asJsonObject().values()) {
        sum += ((jakarta.json.JsonNumber) n).longValue();
      }
    }
    return sum;
  }

  static String request(String audience, Instant scheduledAt) throws Exception {
    String audienceJson =
        audience.startsWith("[") ? audience : Json.createValue(audience).toString();
    return body(
        "REGULATORY_NOTICE",
        approvedNotice(),
        audienceJson,
        scheduledAt == null ? null : "\"" + scheduledAt + "\"");
  }

  private static String body(String type, int version, String audienceJson, String scheduledJson) {
    return """
        {"title":"Changes to our terms","documentType":"%s","templateVersion":%d,
         "audience":%s,"scheduledAt":%s,
         "data":{"customerName":"Valued customer","title":"Changes to our terms",
                 "effectiveDate":"2026-12-01","paragraphs":["Our terms change on 1 December."]}}
        """
        .formatted(type, version, audienceJson, scheduledJson == null ? "null" : scheduledJson);
  }

  static int approvedNotice() throws Exception {
    JsonArray list =
        Json.createReader(new StringReader(Api.get("/api/v1/templates", paula).body())).readArray();
    for (JsonValue v : list) {
      JsonObject t = v.asJsonObject();
      if (t.getString("templateId").equals("notice")) {
        return t.getInt("approvedVersion");
      }
    }
    throw new AssertionError("no notice template");
  }
}
