package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Mailbox;
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
 * The preference center's API through the real WAR: every endpoint as its owner, another customer,
 * staff and anonymous; the marketing consent rule; the append-only, archived consent ledger; staff
 * changes on behalf with a reason; optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferenceCenterApiIT {

  static String alice;
  static String bob;
  static String adam;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    alice = Tokens.user("alice", "alice-demo-pw");
    bob = Tokens.user("bob", "bob-demo-pw");
    adam = Tokens.user("adam", "adam-demo-pw");
  }

  @Test
  void everyEndpointIsTheCallersOwnAndClosedToAnonymous() throws Exception {
    for (String path :
        List.of(
            "/api/v1/preferences",
            "/api/v1/consents",
            "/api/v1/consents/export",
            "/api/v1/contact-points")) {
      assertEquals(401, Api.get(path, null).statusCode(), path);
      assertEquals(403, Api.get(path, adam).statusCode(), path + ": staff have no own data");
      assertEquals(200, Api.get(path, alice).statusCode(), path);
    }
    assertEquals(401, Api.post("/api/v1/consents", null, grant("MARKETING_SMS")).statusCode());
    assertEquals(401, Api.put("/api/v1/preferences", null, "{}").statusCode());
    assertEquals(
        401,
        Api.post("/api/v1/contact-points", null, "{\"kind\":\"EMAIL\",\"value\":\"x@example.org\"}")
            .statusCode());

    // alice's records never show in bob's history, and no body field can aim at another customer
    long aliceId = id(Api.post("/api/v1/consents", alice, withdraw("MARKETING_SMS")));
    HttpResponse<String> bobs =
        Api.post(
            "/api/v1/consents",
            bob,
            "{\"purpose\":\"MARKETING_SMS\",\"decision\":\"WITHDRAWN\",\"customerId\":\"C-1001\"}");
    assertEquals(201, bobs.statusCode(), bobs.body());
    assertEquals(
        "C-1002",
        Database.string(
            "select customer_id from preferences.consent_record where id = ?", id(bobs)));
    JsonArray bobHistory = array(Api.get("/api/v1/consents", bob));
    assertTrue(bobHistory.stream().noneMatch(v -> v.asJsonObject().getInt("id") == aliceId));
    assertTrue(
        array(Api.get("/api/v1/consents", alice)).stream()
            .anyMatch(v -> v.asJsonObject().getInt("id") == aliceId));
  }

  @Test
  void marketingByEmailNeedsConsentAndFollowsIt() throws Exception {
    withdrawn(alice, "MARKETING_EMAIL");
    JsonObject matrix = Api.json(Api.get("/api/v1/preferences", alice));
    assertFalse(cell(matrix, "MARKETING", "EMAIL"));

    HttpResponse<String> refused =
        Api.put(
            "/api/v1/preferences",
            alice,
            change(matrix.getInt("version"), "MARKETING", "EMAIL", true));
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(Api.json(refused).getString("message").contains("consent"), refused.body());
    assertFalse(cell(Api.json(Api.get("/api/v1/preferences", alice)), "MARKETING", "EMAIL"));

    HttpResponse<String> granted = Api.post("/api/v1/consents", alice, grant("MARKETING_EMAIL"));
    assertEquals(201, granted.statusCode(), granted.body());
    JsonObject record = Api.json(granted);
    assertEquals("API", record.getString("method"));
    assertEquals("alice", record.getString("actor"));
    assertEquals(64, record.getString("textSha256").length());
    assertTrue(cell(Api.json(Api.get("/api/v1/preferences", alice)), "MARKETING", "EMAIL"));

    // archived: one archive record per consent record, holding the record as JSON
    assertEquals(
        1,
        Database.count(
            "select count(*) from archive.record where event_id = ? and kind = 'CONSENT'",
            "consent:" + record.getInt("id")));

    withdrawn(alice, "MARKETING_EMAIL");
    assertFalse(cell(Api.json(Api.get("/api/v1/preferences", alice)), "MARKETING", "EMAIL"));
    JsonObject current = last(array(Api.get("/api/v1/consents", alice)), "MARKETING_EMAIL");
    assertEquals("WITHDRAWN", current.getString("decision"));
  }

  @Test
  void badConsentRequestsNameTheFieldAndStoreNothing() throws Exception {
    long before = Database.count("select count(*) from preferences.consent_record");
    assertField(
        Api.post("/api/v1/consents", alice, "{\"decision\":\"GRANTED\",\"textVersion\":1}"),
        "purpose");
    assertField(
        Api.post(
            "/api/v1/consents", alice, "{\"purpose\":\"NEWSLETTER\",\"decision\":\"GRANTED\"}"),
        "purpose");
    assertField(
        Api.post(
            "/api/v1/consents", alice, "{\"purpose\":\"MARKETING_SMS\",\"decision\":\"MAYBE\"}"),
        "decision");
    assertField(
        Api.post(
            "/api/v1/consents", alice, "{\"purpose\":\"MARKETING_SMS\",\"decision\":\"GRANTED\"}"),
        "textVersion");
    assertField(
        Api.post(
            "/api/v1/consents",
            alice,
            "{\"purpose\":\"MARKETING_SMS\",\"decision\":\"GRANTED\",\"textVersion\":99}"),
        "textVersion");
    assertEquals(before, Database.count("select count(*) from preferences.consent_record"));
  }

  @Test
  void theLedgerIsAppendOnlyForTheApplicationItself() throws Exception {
    long id = id(Api.post("/api/v1/consents", bob, withdraw("MARKETING_EMAIL")));
    assertThrows(
        SQLException.class,
        () ->
            Database.string(
                "update preferences.consent_record set decision = 'GRANTED' where id = ? returning id",
                id));
    assertThrows(
        SQLException.class,
        () ->
            Database.string(
                "delete from preferences.consent_record where id = ? returning id", id));
    assertEquals(
        "false",
        Database.string(
            "select has_table_privilege('preferences.consent_record', 'UPDATE')::text"));
    assertEquals(
        "WITHDRAWN",
        Database.string("select decision from preferences.consent_record where id = ?", id));
  }

  @Test
  void theHistoryDownloadsAsJson() throws Exception {
    withdrawn(alice, "MARKETING_SMS");
    HttpResponse<String> file = Api.get("/api/v1/consents/export", alice);
    assertEquals(200, file.statusCode());
    assertTrue(
        file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    JsonObject json = Api.json(file);
    assertEquals("C-1001", json.getString("customerId"));
    assertTrue(json.getJsonArray("records").size() >= 1);
    assertTrue(
        json.getJsonArray("records").stream()
            .allMatch(r -> r.asJsonObject().getString("customerId").equals("C-1001")));
  }

  @Test
  void staffActOnBehalfOnlyAsAdminAndWithAReason() throws Exception {
    String path = "/api/v1/customers/C-1002/preferences";
    JsonObject matrix = Api.json(Api.get("/api/v1/preferences", bob));
    boolean print = cell(matrix, "SERVICE_ALERTS", "PRINT");
    String body = change(matrix.getInt("version"), "SERVICE_ALERTS", "PRINT", !print);

    assertEquals(401, Api.put(path, null, body).statusCode());
    assertEquals(
        403, Api.put(path, alice, withReason(body)).statusCode(), "a customer is no staff");
    assertEquals(403, Api.put(path, bob, withReason(body)).statusCode(), "not even for himself");
    assertField(Api.put(path, adam, body), "reason");
    assertEquals(
        print, cell(Api.json(Api.get("/api/v1/preferences", bob)), "SERVICE_ALERTS", "PRINT"));

    HttpResponse<String> changed = Api.put(path, adam, withReason(body));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(
        !print, cell(Api.json(Api.get("/api/v1/preferences", bob)), "SERVICE_ALERTS", "PRINT"));
    assertEquals(
        "STAFF_ON_BEHALF|adam|customer asked by phone",
        Database.string(
            "select method || '|' || actor || '|' || reason from preferences.preference_change"
                + " where customer_id = 'C-1002' order by id desc limit 1"));

    String consents = "/api/v1/customers/C-1002/consents";
    assertEquals(401, Api.post(consents, null, withReason(withdraw("MARKETING_SMS"))).statusCode());
    assertEquals(
        403, Api.post(consents, alice, withReason(withdraw("MARKETING_SMS"))).statusCode());
    assertField(Api.post(consents, adam, withdraw("MARKETING_SMS")), "reason");
    HttpResponse<String> recorded = Api.post(consents, adam, withReason(withdraw("MARKETING_SMS")));
    assertEquals(201, recorded.statusCode(), recorded.body());
    JsonObject record = Api.json(recorded);
    assertEquals("STAFF_ON_BEHALF", record.getString("method"));
    assertEquals("adam", record.getString("actor"));
    assertEquals("customer asked by phone", record.getString("reason"));
    assertEquals(
        "C-1002",
        Database.string(
            "select customer_id from preferences.consent_record where id = ?",
            record.getInt("id")));
    assertEquals(
        400,
        Api.post(
                "/api/v1/customers/not%20an%20id/consents",
                adam, withReason(withdraw("MARKETING_SMS")))
            .statusCode());
  }

  @Test
  void aSaveBasedOnAnOldVersionIsAConflict() throws Exception {
    JsonObject matrix = Api.json(Api.get("/api/v1/preferences", bob));
    int version = matrix.getInt("version");
    boolean on = cell(matrix, "PAYMENT_REMINDERS", "PRINT");
    HttpResponse<String> first =
        Api.put("/api/v1/preferences", bob, change(version, "PAYMENT_REMINDERS", "PRINT", !on));
    assertEquals(200, first.statusCode(), first.body());
    HttpResponse<String> second =
        Api.put("/api/v1/preferences", bob, change(version, "PAYMENT_REMINDERS", "PRINT", on));
    assertEquals(409, second.statusCode(), second.body());
    assertEquals("version", Api.json(second).getString("field"));
    assertEquals(
        !on, cell(Api.json(Api.get("/api/v1/preferences", bob)), "PAYMENT_REMINDERS", "PRINT"));
  }

  @Test
  void contactPointsAreTheOwnersAndANewEmailGetsALinkButStaysUnused() throws Exception {
    String address = "alice-" + unique() + "@example.com";
    HttpResponse<String> added =
        Api.post(
            "/api/v1/contact-points", alice, "{\"kind\":\"EMAIL\",\"value\":\"" + address + "\"}");
    assertEquals(202, added.statusCode(), added.body());
    assertFalse(Api.json(added).getBoolean("verified"));

    JsonObject mine = find(array(Api.get("/api/v1/contact-points", alice)), address);
    assertFalse(mine.getBoolean("verified"));
    assertTrue(
        array(Api.get("/api/v1/contact-points", bob)).stream()
            .noneMatch(v -> v.asJsonObject().getString("value").equals(address)),
        "never shown to another customer");
    assertEquals(
        0,
        Database.count(
            "select count(*) from preferences.contact_point where value like ?",
            "%" + address + "%"),
        "stored encrypted");

    String mail = Mailbox.awaitMore(address, 0, 15_000).get(0).body();
    Matcher link = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_.-]+)").matcher(mail);
    assertTrue(link.find(), mail);
    assertFalse(mail.contains("C-1001"), "no customer id in the mail");
    String tampered = link.group(1).substring(0, 10) + "x" + link.group(1).substring(11);
    HttpResponse<String> refused = Api.get("/verify-email?token=" + tampered, null);
    assertEquals(400, refused.statusCode());
    assertFalse(
        find(array(Api.get("/api/v1/contact-points", alice)), address).getBoolean("verified"));

    assertField(
        Api.post("/api/v1/contact-points", alice, "{\"kind\":\"FAX\",\"value\":\"1\"}"), "kind");
    assertField(
        Api.post("/api/v1/contact-points", alice, "{\"kind\":\"EMAIL\",\"value\":\"nope\"}"),
        "value");
  }

  // --- helpers

  private static JsonObject find(JsonArray points, String address) {
    return points.stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("value").equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError(address + " not listed"));
  }

  private static void withdrawn(String token, String purpose) throws Exception {
    HttpResponse<String> r = Api.post("/api/v1/consents", token, withdraw(purpose));
    assertEquals(201, r.statusCode(), r.body());
  }

  static String grant(String purpose) {
    return "{\"purpose\":\"" + purpose + "\",\"decision\":\"GRANTED\",\"textVersion\":1}";
  }

  static String withdraw(String purpose) {
    return "{\"purpose\":\"" + purpose + "\",\"decision\":\"WITHDRAWN\"}";
  }

  private static String withReason(String json) {
    return json.substring(0, json.length() - 1) + ",\"reason\":\"customer asked by phone\"}";
  }

  private static String change(int version, String category, String channel, boolean on) {
    return "{\"version\":%d,\"category\":\"%s\",\"channel\":\"%s\",\"enabled\":%s}"
        .formatted(version, category, channel, on);
  }

  static boolean cell(JsonObject matrix, String category, String channel) {
    return matrix.getJsonArray("cells").stream()
        .map(JsonValue::asJsonObject)
        .filter(
            c -> c.getString("category").equals(category) && c.getString("channel").equals(channel))
        .findFirst()
        .orElseThrow()
        .getBoolean("enabled");
  }

  private static long id(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return Api.json(response).getJsonNumber("id").longValue();
  }

  static JsonArray array(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return jakarta.json.Json.createReader(new StringReader(response.body())).readArray();
  }

  static JsonObject last(JsonArray history, String purpose) {
    JsonObject last = null;
    for (JsonValue v : history) {
      if (v.asJsonObject().getString("purpose").equals(purpose)) {
        last = v.asJsonObject();
      }
    }
    return last;
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(field, Api.json(response).getString("field"), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
