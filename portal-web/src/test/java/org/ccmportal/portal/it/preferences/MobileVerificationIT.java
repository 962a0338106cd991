package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Mobile numbers verified by a 6-digit SMS code, through the real WAR, Keycloak, PostgreSQL and the
 * local SMS sink: the code is read from the sink over HTTP; wrong, expired and locked codes are
 * refused with the tries left; the number is encrypted and the code only hashed at rest; another
 * customer gets 404 and anonymous 401 on every endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MobileVerificationIT {
  private static final String BASE = "/api/v1/contact-points";

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
  void aliceVerifiesHerMobileWithTheCodeSentBySms() throws Exception {
    String number = newNumber();
    HttpResponse<String> added = Api.post(BASE, alice, mobile(" " + spaced(number)));
    assertEquals(202, added.statusCode(), added.body());
    JsonObject point = Api.json(added);
    long id = point.getJsonNumber("id").longValue();
    assertEquals("SMS", point.getString("kind"));
    assertEquals(number, point.getString("value"), "stored in E.164");
    assertFalse(point.getBoolean("verified"));
    String code = MobileSmsSink.latestCode(number);

    // at rest: the number encrypted, the code only as a salted keyed hash
    String raw = Database.string("select value from preferences.contact_point where id = ?", id);
    assertFalse(raw.contains(number.substring(1)), "number encrypted");
    for (String column : rawCodeRows(id)) {
      assertFalse(column.contains(code), "code never stored in clear");
    }

    // another customer, staff and anonymous cannot see or use it
    String verifyPath = BASE + "/" + id + "/verify";
    assertEquals(404, Api.get(BASE + "/" + id, bob).statusCode());
    assertEquals(404, Api.post(verifyPath, bob, code(code)).statusCode());
    assertEquals(404, Api.post(BASE + "/" + id + "/code", bob, "").statusCode());
    assertEquals(403, Api.get(BASE + "/" + id, adam).statusCode());
    assertEquals(401, Api.get(BASE + "/" + id, null).statusCode());
    assertEquals(401, Api.post(verifyPath, null, code(code)).statusCode());
    assertEquals(401, Api.post(BASE + "/" + id + "/code", null, "").statusCode());
    assertEquals(401, Api.post(BASE, null, mobile(number)).statusCode());
    assertTrue(
        Api.get(BASE, bob).body().indexOf(number) < 0, "bob's list does not show alice's number");

    // a wrong code: 422 naming the field, with the tries left; nothing verified
    HttpResponse<String> wrong = Api.post(verifyPath, alice, code(other(code)));
    assertEquals(422, wrong.statusCode(), wrong.body());
    assertEquals("code", Api.json(wrong).getString("field"));
    assertEquals(4, Api.json(wrong).getInt("attemptsLeft"));
    assertFalse(Api.json(Api.get(BASE + "/" + id, alice)).getBoolean("verified"));

    // a new code moments later is refused (rate limit)
    HttpResponse<String> tooSoon = Api.post(BASE + "/" + id + "/code", alice, "");
    assertEquals(429, tooSoon.statusCode(), tooSoon.body());
    assertTrue(tooSoon.headers().firstValue("Retry-After").isPresent());

    // the right code verifies
    HttpResponse<String> verified = Api.post(verifyPath, alice, code(code));
    assertEquals(200, verified.statusCode(), verified.body());
    assertTrue(Api.json(verified).getBoolean("verified"));
    assertTrue(Api.json(Api.get(BASE + "/" + id, alice)).getBoolean("verified"));
  }

  @Test
  void afterFiveWrongTriesTheCodeIsLockedAndOnlyANewCodeHelps() throws Exception {
    String number = newNumber();
    long id = Api.json(Api.post(BASE, alice, mobile(number))).getJsonNumber("id").longValue();
    String first = MobileSmsSink.latestCode(number);
    String verifyPath = BASE + "/" + id + "/verify";
    for (int left = 4; left >= 1; left--) {
      HttpResponse<String> wrong = Api.post(verifyPath, alice, code(other(first)));
      assertEquals(left, Api.json(wrong).getInt("attemptsLeft"), wrong.body());
    }
    HttpResponse<String> fifth = Api.post(verifyPath, alice, code(other(first)));
    assertEquals(422, fifth.statusCode());
    assertEquals(0, Api.json(fifth).getInt("attemptsLeft"));
    HttpResponse<String> locked = Api.post(verifyPath, alice, code(first));
    assertEquals(422, locked.statusCode(), "the right code no longer works");
    assertTrue(Api.json(locked).getString("message").contains("new one"), locked.body());
    assertEquals(
        5L,
        Database.count(
            "select attempts from preferences.verification_code" + " where contact_point_id = ?",
            id),
        "every try was counted, none lost to a rollback");

    // a minute later (moved back in the database) a new code can be sent, and it works
    backdateCodes(id, 61);
    HttpResponse<String> resent = Api.post(BASE + "/" + id + "/code", alice, "");
    assertEquals(202, resent.statusCode(), resent.body());
    String second = MobileSmsSink.latestCode(number);
    assertEquals(200, Api.post(verifyPath, alice, code(second)).statusCode());
  }

  @Test
  void anExpiredCodeIsRefused() throws Exception {
    String number = newNumber();
    long id = Api.json(Api.post(BASE, alice, mobile(number))).getJsonNumber("id").longValue();
    String code = MobileSmsSink.latestCode(number);
    backdateCodes(id, 11 * 60);
    HttpResponse<String> expired = Api.post(BASE + "/" + id + "/verify", alice, code(code));
    assertEquals(422, expired.statusCode(), expired.body());
    assertTrue(Api.json(expired).getString("message").contains("expired"), expired.body());
    assertFalse(Api.json(Api.get(BASE + "/" + id, alice)).getBoolean("verified"));
  }

  @Test
  void badInputIsA400NamingTheFieldAndStoresNothing() throws Exception {
    long before = Database.count("select count(*) from preferences.contact_point");
    for (Map.Entry<String, String> bad :
        Map.of(
                "{\"kind\":\"SMS\",\"value\":\"07700 900123\"}", "value",
                "{\"kind\":\"SMS\",\"value\":\"+44<script>\"}", "value",
                "{\"kind\":\"SMS\"}", "value",
                "{\"kind\":\"SMS\",\"value\":447700900123}", "value",
                "{\"kind\":\"FAX\",\"value\":\"+447700900123\"}", "kind")
            .entrySet()) {
      HttpResponse<String> r = Api.post(BASE, alice, bad.getKey());
      assertEquals(400, r.statusCode(), bad.getKey() + " " + r.body());
      assertEquals(bad.getValue(), Api.json(r).getString("field"), r.body());
      assertFalse(r.body().contains("Exception"), r.body());
    }
    String number = newNumber();
    long id = Api.json(Api.post(BASE, alice, mobile(number))).getJsonNumber("id").longValue();
    HttpResponse<String> noCode = Api.post(BASE + "/" + id + "/verify", alice, "{}");
    assertEquals(400, noCode.statusCode(), noCode.body());
    assertEquals("code", Api.json(noCode).getString("field"));
    assertEquals(404, Api.post(BASE + "/999999999/verify", alice, code("123456")).statusCode());
    assertEquals(before + 1, Database.count("select count(*) from preferences.contact_point"));
  }

  private static List<String> rawCodeRows(long contactPointId) throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(Stack.DB_URL, Stack.DB_USER, Stack.DB_PASSWORD);
        PreparedStatement ps =
            c.prepareStatement(
                "select salt, code_hash from preferences.verification_code"
                    + " where contact_point_id = ?")) {
      ps.setLong(1, contactPointId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
          columns.add(rs.getString(2));
        }
      }
    }
    assertFalse(columns.isEmpty());
    return columns;
  }

  /** Moves the contact point's codes {@code seconds} into the past (time passing). */
  private static void backdateCodes(long contactPointId, int seconds) throws Exception {
    try (Connection c =
            DriverManager.getConnection(Stack.DB_URL, Stack.DB_USER, Stack.DB_PASSWORD);
        PreparedStatement ps =
            c.prepareStatement(
                "update preferences.verification_code set created_at = created_at - ?::interval,"
                    + " expires_at = expires_at - ?::interval where contact_point_id = ?")) {
      ps.setString(1, seconds + " seconds");
      ps.setString(2, seconds + " seconds");
      ps.setLong(3, contactPointId);
      assertTrue(ps.executeUpdate() > 0);
    }
  }

  private static String newNumber() {
    return "+4477009" + String.format("%05d", new SecureRandom().nextInt(100_000));
  }

  private static String spaced(String e164) {
    return e164.substring(0, 3) + " " + e164.substring(3, 7) + " " + e164.substring(7);
  }

  private static String other(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  private static String mobile(String number) {
    return "{\"kind\":\"SMS\",\"value\":\"" + number + "\"}";
  }

  private static String code(String code) {
    return "{\"code\":\"" + code + "\"}";
  }
}
