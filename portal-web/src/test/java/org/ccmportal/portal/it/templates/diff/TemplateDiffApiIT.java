package org.ccmportal.portal.it.templates.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.ccmportal.portal.it.Api;
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
 * {@code GET /api/v1/templates/{id}/versions/{v}/diff}: what a version in review changes compared
 * with the version in force, for publishers and approvers; customers get 403, anonymous callers
 * 401, a version that is not a number 400 naming {@code version}, a missing one 404. A first
 * version has nothing to compare with.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplateDiffApiIT {

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
  void aVersionInReviewShowsItsChangedLinesAgainstTheVersionInForce() throws Exception {
    ChangedVersion changed = ChangedVersion.submittedBy(paula);
    String path = diffPath(changed.version());

    HttpResponse<String> response = Api.get(path, arthur);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject diff = Api.json(response);
    assertEquals(ChangedVersion.TEMPLATE, diff.getString("templateId"));
    assertEquals(changed.version(), diff.getInt("version"));
    assertEquals("IN_REVIEW", diff.getString("status"));
    assertEquals(changed.inForce(), diff.getInt("comparedWith"));
    assertEquals("APPROVED", diff.getString("comparedWithStatus"));

    JsonObject xslt = diff.getJsonObject("xslt");
    assertEquals(1, xslt.getInt("added"));
    assertEquals(1, xslt.getInt("removed"));
    assertEquals(
        List.of("REMOVED", "ADDED"),
        xslt.getJsonArray("lines").stream()
            .map(JsonValue::asJsonObject)
            .map(l -> l.getString("kind"))
            .filter(k -> !k.equals("UNCHANGED") && !k.equals("SKIPPED"))
            .toList());
    assertTrue(line(xslt, "REMOVED").getString("text").contains(ChangedVersion.OLD_LINE));
    assertTrue(line(xslt, "ADDED").getString("text").contains(ChangedVersion.NEW_LINE));
    assertEquals(
        line(xslt, "REMOVED").getInt("oldLine"),
        line(xslt, "ADDED").getInt("newLine"),
        "the changed line keeps its place");
    assertTrue(line(xslt, "SKIPPED").getInt("skipped") > 3, "unchanged lines are collapsed");
    long context =
        xslt.getJsonArray("lines").stream()
            .filter(l -> l.asJsonObject().getString("kind").equals("UNCHANGED"))
            .count();
    assertTrue(context <= 6, "three lines of context each side, got " + context);

    JsonObject sample = diff.getJsonObject("sampleData");
    assertEquals(1, sample.getInt("added"));
    assertEquals(1, sample.getInt("removed"));
    assertTrue(line(sample, "ADDED").getString("text").contains(ChangedVersion.NEW_YEAR));

    // the author reads it too; customers and anonymous callers do not
    assertEquals(200, Api.get(path, paula).statusCode());
    assertEquals(403, Api.get(path, alice).statusCode());
    assertEquals(401, Api.get(path, null).statusCode());
  }

  @Test
  void aVersionThatIsNotANumberOrDoesNotExistIsRefused() throws Exception {
    for (String bad : new String[] {"abc", "0", "-1", "1234567890"}) {
      HttpResponse<String> response = Api.get(diffPathRaw(bad), paula);
      assertEquals(400, response.statusCode(), bad + ": " + response.body());
      assertEquals("version", Api.json(response).getString("field"), bad);
      assertFalse(response.body().contains("Exception"), response.body());
    }
    HttpResponse<String> missing = Api.get(diffPath(999_999), paula);
    assertEquals(404, missing.statusCode(), missing.body());
    assertTrue(Api.json(missing).getString("message").contains("999999"), missing.body());
    HttpResponse<String> badTemplate =
        Api.get("/api/v1/templates/NOT_AN_ID/versions/1/diff", paula);
    assertEquals(400, badTemplate.statusCode(), badTemplate.body());
    assertEquals("templateId", Api.json(badTemplate).getString("field"));
  }

  @Test
  void aFirstVersionHasNothingToCompareWith() throws Exception {
    String id = "it-diff-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        Api.post(
            "/api/v1/templates/" + id + "/versions",
            paula,
            Json.createObjectBuilder()
                .add(
                    "xslt",
                    "<xsl:stylesheet version='1.0'\n"
                        + "    xmlns:xsl='http://www.w3.org/1999/XSL/Transform'/>\n")
                .add("sampleData", "{}")
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> response = Api.get("/api/v1/templates/" + id + "/versions/1/diff", arthur);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject diff = Api.json(response);
    assertTrue(!diff.containsKey("comparedWith") || diff.isNull("comparedWith"), response.body());
    assertEquals("DRAFT", diff.getString("status"));
    assertEquals(2, diff.getJsonObject("xslt").getInt("added"));
    assertEquals(0, diff.getJsonObject("xslt").getInt("removed"));
  }

  private static JsonObject line(JsonObject text, String kind) {
    return text.getJsonArray("lines").stream()
        .map(JsonValue::asJsonObject)
        .filter(l -> l.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " line in " + text));
  }

  private static String diffPath(int version) {
    return diffPathRaw(String.valueOf(version));
  }

  private static String diffPathRaw(String version) {
    return "/api/v1/templates/" + ChangedVersion.TEMPLATE + "/versions/" + version + "/diff";
  }
}
