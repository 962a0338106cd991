package org.ccmportal.portal.it.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * The inbox API's filters on the real server: type, issue dates, read state and title search
 * (case-insensitive, wildcards taken literally), the display window, and marking read or unread
 * only by the owner.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxApiIT {
  static String billing;
  static String alice;
  static String bob;
  static String tag;
  static String january;
  static String notice;
  static String promo;
  static String ancient;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void documents() throws Exception {
    billing = Tokens.billing();
    alice = Tokens.user("alice", "alice-demo-pw");
    bob = Tokens.user("bob", "bob-demo-pw");
    tag = "Tag" + UUID.randomUUID().toString().substring(0, 8);
    january = InboxFixtures.publish(billing, "C-1001", "STATEMENT", "January statement " + tag);
    notice = InboxFixtures.publish(billing, "C-1001", "REGULATORY_NOTICE", "Notice " + tag);
    promo = InboxFixtures.publish(billing, "C-1001", "STATEMENT", "Rates 100%_off " + tag);
    ancient = InboxFixtures.publish(billing, "C-1001", "STATEMENT", "Ancient statement " + tag);
    InboxFixtures.issuedAt(january, Instant.now().minusSeconds(86400L * 40));
    // older than the display window (24 months): kept, but not listed
    InboxFixtures.issuedAt(
        ancient, Instant.now().atOffset(ZoneOffset.UTC).minusMonths(25).toInstant());
  }

  @Test
  void searchIsCaseInsensitiveAndLimitedToTheWindowAndTheOwner() throws Exception {
    assertEquals(List.of(promo, notice, january), ids(list("q=" + tag.toUpperCase(), alice), 3));
    assertEquals(List.of(), ids(list("q=" + tag, bob), 0));
    assertEquals(
        List.of(),
        ids(list("q=" + encode("ancient statement " + tag), alice), 0),
        "outside the display window");
  }

  @Test
  void wildcardsInTheSearchAreLiteral() throws Exception {
    assertEquals(List.of(promo), ids(list("q=" + encode("100%_off " + tag), alice), 1));
    assertEquals(List.of(), ids(list("q=" + encode("1_0%") + "%20" + tag, alice), 0));
    JsonObject percent = Api.json(list("q=" + encode("%") + "&limit=100", alice));
    percent.getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("title"))
        .forEach(t -> assertTrue(t.contains("%"), "only titles with a literal %: " + t));
  }

  @Test
  void filtersByTypeDatesAndReadState() throws Exception {
    String q = "q=" + tag;
    assertEquals(List.of(notice), ids(list(q + "&type=REGULATORY_NOTICE", alice), 1));
    String day =
        Instant.now().minusSeconds(86400L * 40).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    assertEquals(List.of(january), ids(list(q + "&from=" + day + "&to=" + day, alice), 1));
    assertEquals(List.of(promo, notice), ids(list(q + "&from=" + plusDays(day, 1), alice), 2));

    HttpResponse<String> marked =
        Api.put("/api/v1/documents/" + notice + "/read", alice, "{\"read\":true}");
    assertEquals(204, marked.statusCode(), marked.body());
    assertEquals(List.of(notice), ids(list(q + "&read=true", alice), 1));
    assertEquals(List.of(promo, january), ids(list(q + "&read=false", alice), 2));
    assertTrue(
        Database.string("select read_at from vault.document where id = ?::uuid", notice) != null);

    assertEquals(
        204,
        Api.put("/api/v1/documents/" + notice + "/read", alice, "{\"read\":false}").statusCode());
    assertEquals(List.of(), ids(list(q + "&read=true", alice), 0));
  }

  @Test
  void onlyTheOwnerMarksReadOthersGet404AndAnonymous401() throws Exception {
    String path = "/api/v1/documents/" + promo + "/read";
    assertEquals(404, Api.put(path, bob, "{\"read\":true}").statusCode());
    assertEquals(401, Api.put(path, null, "{\"read\":true}").statusCode());
    assertEquals(403, Api.put(path, billing, "{\"read\":true}").statusCode());
    assertEquals(
        404,
        Api.put("/api/v1/documents/" + UUID.randomUUID() + "/read", alice, "{\"read\":true}")
            .statusCode());
    assertEquals(
        404, Api.put("/api/v1/documents/nope/read", alice, "{\"read\":true}").statusCode());
    assertEquals(
        null,
        Database.string("select read_at from vault.document where id = ?::uuid", promo),
        "nobody but the owner changed it");
    assertBadRequest(Api.put(path, alice, "{\"read\":\"yes\"}"), "read");
    assertBadRequest(Api.put(path, alice, "{}"), "read");
    assertBadRequest(Api.put(path, alice, "{not json"), "body");
  }

  @Test
  void badParametersAre400NamingTheParameter() throws Exception {
    assertBadRequest(list("type=POSTCARD", alice), "type");
    assertBadRequest(list("from=2026-13-01", alice), "from");
    assertBadRequest(list("to=yesterday", alice), "to");
    assertBadRequest(list("from=2026-02-01&to=2026-01-01", alice), "from");
    assertBadRequest(list("read=maybe", alice), "read");
    assertBadRequest(list("offset=-1", alice), "offset");
    assertBadRequest(list("offset=abc", alice), "offset");
    assertBadRequest(list("limit=0", alice), "limit");
    assertBadRequest(list("limit=1000", alice), "limit");
    assertBadRequest(list("q=" + "x".repeat(101), alice), "q");
    assertEquals(401, list("q=x", null).statusCode());
  }

  @Test
  void theUnreadCountLeavesOutDocumentsOutsideTheWindow() throws Exception {
    JsonObject unread = Api.json(list("read=false&limit=1", alice));
    long inWindow =
        Database.count(
            "select count(*) from vault.document where customer_id = 'C-1001' and read_at is null"
                + " and issued_at >= now() - interval '24 months'");
    assertEquals(inWindow, unread.getJsonNumber("total").longValue());
  }

  private static HttpResponse<String> list(String query, String token) throws Exception {
    return Api.get("/api/v1/documents?" + query, token);
  }

  private static List<String> ids(HttpResponse<String> response, int total) {
    assertEquals(200, response.statusCode(), response.body());
    JsonObject page = Api.json(response);
    assertEquals(total, page.getJsonNumber("total").longValue(), response.body());
    return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("id")).toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String plusDays(String day, int days) {
    return java.time.LocalDate.parse(day).plusDays(days).toString();
  }

  private static void assertBadRequest(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    JsonObject error = Api.json(response);
    assertEquals(field, error.getString("field"), response.body());
    assertFalse(response.body().contains("Exception"), "no exception names");
  }
}
