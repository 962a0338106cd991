package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
 * {@code /api/v1/preferences/settings} through the real WAR: the caller's own time zone, SMS quiet
 * hours and language; closed to anonymous callers and staff, another customer never sees or changes
 * them; bad fields are named; a save based on an old version is a conflict.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliverySettingsApiIT {
  private static final String PATH = "/api/v1/preferences/settings";

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
  void settingsAreTheCallersOwnAndClosedToAnonymousAndStaff() throws Exception {
    assertEquals(401, Api.get(PATH, null).statusCode());
    assertEquals(403, Api.get(PATH, adam).statusCode(), "staff have no own settings");
    assertEquals(401, Api.put(PATH, null, body(0, "Europe/Paris", null, null, "fr")).statusCode());
    assertEquals(403, Api.put(PATH, adam, body(0, "Europe/Paris", null, null, "fr")).statusCode());

    JsonObject aliceRead = read(alice);
    JsonObject saved =
        save(alice, aliceRead.getInt("version"), "America/New_York", "21:30", "07:15", "nl");
    assertEquals("America/New_York", saved.getString("timeZone"));
    assertEquals("21:30", saved.getString("quietFrom"));
    assertEquals("07:15", saved.getString("quietTo"));
    assertEquals("nl", saved.getString("language"));
    assertEquals(aliceRead.getInt("version") + 1, saved.getInt("version"));
    assertEquals(saved, read(alice));

    // bob's save never touches alice's row, and his read never shows it
    JsonObject bobRead = read(bob);
    save(bob, bobRead.getInt("version"), "Europe/Berlin", null, null, "de");
    assertEquals(saved, read(alice));
    assertFalse(read(bob).getString("timeZone").equals("America/New_York"));
  }

  @Test
  void badFieldsAreNamedAndChangeNothing() throws Exception {
    JsonObject before = read(bob);
    int v = before.getInt("version");
    assertField(
        Api.put(PATH, bob, "{\"timeZone\":\"Europe/Paris\",\"language\":\"en\"}"), "version");
    assertField(Api.put(PATH, bob, body(v, "Mars/Olympus", "22:00", "07:00", "en")), "timeZone");
    assertField(Api.put(PATH, bob, body(v, "Europe/Paris", "24:30", "07:00", "en")), "quietFrom");
    assertField(Api.put(PATH, bob, body(v, "Europe/Paris", "22:00", "7h", "en")), "quietTo");
    assertField(Api.put(PATH, bob, body(v, "Europe/Paris", "22:00", null, "en")), "quietTo");
    assertField(Api.put(PATH, bob, body(v, "Europe/Paris", "22:00", "22:00", "en")), "quietTo");
    assertField(Api.put(PATH, bob, body(v, "Europe/Paris", "22:00", "07:00", "es")), "language");
    assertField(
        Api.put(PATH, bob, "{\"version\":" + v + ",\"timeZone\":5,\"language\":\"en\"}"),
        "timeZone");
    assertEquals(before, read(bob));
  }

  @Test
  void aSaveBasedOnAnOldVersionIsAConflictAndChangesNothing() throws Exception {
    JsonObject first = read(bob);
    int v = first.getInt("version");
    JsonObject saved = save(bob, v, "Europe/Amsterdam", "23:00", "06:00", "nl");
    HttpResponse<String> stale = Api.put(PATH, bob, body(v, "Europe/Paris", null, null, "fr"));
    assertEquals(409, stale.statusCode(), stale.body());
    assertFalse(stale.body().contains("Exception"), stale.body());
    assertEquals(saved, read(bob));
  }

  private static JsonObject read(String token) throws Exception {
    HttpResponse<String> r = Api.get(PATH, token);
    assertEquals(200, r.statusCode(), r.body());
    return Api.json(r);
  }

  private static JsonObject save(
      String token, int version, String zone, String from, String to, String language)
      throws Exception {
    HttpResponse<String> r = Api.put(PATH, token, body(version, zone, from, to, language));
    assertEquals(200, r.statusCode(), r.body());
    return Api.json(r);
  }

  private static String body(int version, String zone, String from, String to, String language) {
    return "{\"version\":%d,\"timeZone\":\"%s\",\"quietFrom\":%s,\"quietTo\":%s,\"language\":\"%s\"}"
        .formatted(version, zone, quoted(from), quoted(to), language);
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  private static void assertField(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(field, Api.json(response).getString("field"), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }
}
