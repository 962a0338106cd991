package org.ccmportal.portal.it.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
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
 * Template versions through the real API: a publisher drafts and submits, an approver who is not
 * the author approves (maker-checker), the decision is archived, the previous version retires and
 * publishing uses the newly approved version. Wrong roles, wrong states and broken templates are
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplateLifecycleIT {

  static String paula;
  static String arthur;
  static String alice;
  static String billing;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    paula = Tokens.user("paula", "paula-demo-pw");
    arthur = Tokens.user("arthur", "arthur-demo-pw");
    alice = Tokens.user("alice", "alice-demo-pw");
    billing = Tokens.billing();
  }

  @Test
  void makerCheckerPathApprovesRetiresArchivesAndPublishesTheNewVersion() throws Exception {
    int inForce = approvedVersion("notice");
    JsonObject current = Api.json(Api.get("/api/v1/templates/notice/versions/" + inForce, paula));
    String xslt = current.getString("xslt");

    // paula drafts a new version from the text in force, then edits it
    HttpResponse<String> created =
        Api.post(
            "/api/v1/templates/notice/versions",
            paula,
            body("xslt", xslt, "sampleData", current.getString("sampleData")));
    assertEquals(201, created.statusCode(), created.body());
    int draft = Api.json(created).getInt("version");
    assertEquals("DRAFT", Api.json(created).getString("status"));
    String path = "/api/v1/templates/notice/versions/" + draft;
    String edited = xslt.replace("<xsl:output", "<!-- reviewed wording -->\n  <xsl:output");
    HttpResponse<String> edit = Api.put(path, paula, body("xslt", edited));
    assertEquals(200, edit.statusCode(), edit.body());

    // nobody else edits it, and a draft cannot be approved
    assertEquals(403, Api.put(path, arthur, body("xslt", xslt)).statusCode());
    assertEquals(409, Api.post(path + "/approve", arthur, "{}").statusCode());

    // submitting freezes it
    HttpResponse<String> submitted = Api.post(path + "/submit", paula, "");
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertEquals("IN_REVIEW", Api.json(submitted).getString("status"));
    assertEquals(409, Api.put(path, paula, body("xslt", xslt)).statusCode());

    // the author cannot approve her own version; customers and anonymous callers cannot either
    assertEquals(403, Api.post(path + "/approve", paula, "{}").statusCode());
    assertEquals(403, Api.post(path + "/approve", alice, "{}").statusCode());
    assertEquals(401, Api.post(path + "/approve", null, "{}").statusCode());

    // arthur approves: the version is in force, the previous one retired, the decision archived
    HttpResponse<String> approved =
        Api.post(path + "/approve", arthur, body("comment", "wording checked"));
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", Api.json(approved).getString("status"));
    assertEquals(draft, approvedVersion("notice"));
    assertEquals(
        "RETIRED",
        Api.json(Api.get("/api/v1/templates/notice/versions/" + inForce, paula))
            .getString("status"));
    JsonArray decisions = Api.json(approved).getJsonArray("decisions");
    assertEquals("arthur", decisions.getJsonObject(0).getString("reviewer"));
    String decisionId =
        Database.string(
            "select d.id from vault.template_decision d join vault.template_version v"
                + " on v.id = d.template_version_id"
                + " where v.template_id = 'notice' and v.version_number = ?",
            draft);
    assertEquals(
        "TEMPLATE_DECISION",
        Database.string(
            "select kind from archive.record where event_id = ?",
            "template-decision:" + decisionId));

    // a document published now records the approved version
    String reference = Api.uniqueReference("it-template");
    HttpResponse<String> published =
        Api.post("/api/v1/communications", billing, notice("C-1001", reference));
    assertEquals(201, published.statusCode(), published.body());
    String documentId = Api.json(published).getString("documentId");
    assertEquals(
        String.valueOf(draft),
        Database.string(
            "select template_version from vault.document where id = ?::uuid", documentId));
  }

  @Test
  void brokenTemplateCannotBeSubmittedAndRejectionNeedsAComment() throws Exception {
    String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String base = "/api/v1/templates/" + id + "/versions";
    HttpResponse<String> broken =
        Api.post(base, paula, body("xslt", "<xsl:stylesheet version='1.0'", "sampleData", "{}"));
    assertEquals(201, broken.statusCode(), broken.body());
    HttpResponse<String> refused = Api.post(base + "/1/submit", paula, "");
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(Api.json(refused).getString("message").contains("does not compile"));
    assertEquals(
        "DRAFT", Api.json(Api.get(base + "/1", paula)).getString("status"), "still a draft");

    // a good draft (copy of the notice) goes to review and is rejected with a reason
    JsonObject notice = Api.json(Api.get("/api/v1/templates/notice/versions/1", arthur));
    HttpResponse<String> good =
        Api.post(
            base,
            paula,
            body("xslt", notice.getString("xslt"), "sampleData", notice.getString("sampleData")));
    assertEquals(201, good.statusCode(), good.body());
    assertEquals(2, Api.json(good).getInt("version"));
    assertEquals(200, Api.post(base + "/2/submit", paula, "").statusCode());
    HttpResponse<String> noComment = Api.post(base + "/2/reject", arthur, "{}");
    assertEquals(400, noComment.statusCode());
    assertEquals("comment", Api.json(noComment).getString("field"));
    HttpResponse<String> tooLong =
        Api.post(base + "/2/reject", arthur, body("comment", "x".repeat(2001)));
    assertEquals(400, tooLong.statusCode(), tooLong.body());
    assertEquals("comment", Api.json(tooLong).getString("field"));
    HttpResponse<String> rejected =
        Api.post(base + "/2/reject", arthur, body("comment", "legal text missing"));
    assertEquals(200, rejected.statusCode(), rejected.body());
    assertEquals("REJECTED", Api.json(rejected).getString("status"));
    assertEquals(
        1L,
        Database.count(
            "select count(*) from archive.record r join vault.template_decision d"
                + " on r.event_id = 'template-decision:' || d.id"
                + " join vault.template_version v on v.id = d.template_version_id"
                + " where v.template_id = ? and d.outcome = 'REJECTED'",
            id));

    // a new version starts from the latest text
    HttpResponse<String> next = Api.post(base, paula, "{}");
    assertEquals(201, next.statusCode(), next.body());
    assertEquals(3, Api.json(next).getInt("version"));
  }

  @Test
  void previewIsAPdfForBackOfficeRolesOnly() throws Exception {
    String path = "/api/v1/templates/payment-reminder/versions/1/preview";
    for (String token : new String[] {paula, arthur}) {
      HttpResponse<String> pdf = Api.post(path, token, "{}");
      assertEquals(200, pdf.statusCode());
      assertTrue(pdf.body().startsWith("%PDF-"));
      assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
      assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
    }
    HttpResponse<String> withData =
        Api.post(
            "/api/v1/templates/notice/versions/1/preview",
            paula,
            "{\"data\":{\"customerName\":\"Preview Person\",\"title\":\"T\","
                + "\"effectiveDate\":\"2026-05-01\",\"paragraphs\":[\"Hello\"]}}");
    assertEquals(200, withData.statusCode());
    assertEquals(403, Api.post(path, alice, "{}").statusCode());
    assertEquals(401, Api.post(path, null, "{}").statusCode());
    assertEquals(
        404,
        Api.post("/api/v1/templates/payment-reminder/versions/999/preview", paula, "{}")
            .statusCode());
    assertEquals(403, Api.get("/api/v1/templates", alice).statusCode());
    assertEquals(401, Api.get("/api/v1/templates", null).statusCode());
    HttpResponse<String> list = Api.get("/api/v1/templates", arthur);
    assertEquals(200, list.statusCode());
    for (String id :
        new String[] {
          "statement", "notice", "policy", "terms-change", "payment-reminder", "privacy-notice"
        }) {
      assertTrue(list.body().contains("\"" + id + "\""), id);
    }
  }

  private static int approvedVersion(String templateId) throws Exception {
    JsonArray list =
        Json.createReader(new StringReader(Api.get("/api/v1/templates", paula).body())).readArray();
    for (JsonValue v : list) {
      JsonObject t = v.asJsonObject();
      if (t.getString("templateId").equals(templateId)) {
        return t.getInt("approvedVersion");
      }
    }
    throw new AssertionError("no template " + templateId);
  }

  private static String body(String... pairs) {
    var b = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      b.add(pairs[i], pairs[i + 1]);
    }
    return b.build().toString();
  }

  private static String notice(String customerId, String reference) {
    return """
        {"customerId":"%s","documentType":"REGULATORY_NOTICE","externalReference":"%s",
         "data":{"customerName":"Test Customer","title":"Template test",
                 "effectiveDate":"2026-05-01","paragraphs":["A paragraph."]}}
        """
        .formatted(customerId, reference);
  }
}
