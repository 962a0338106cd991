package org.ccmportal.portal.it.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Browser;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An approved publication whose start fails every time (here its stored data made unreadable in the
 * database, as a fault put in place on purpose) stays APPROVED, makes no document, and says why:
 * the API gives the reason, when and how many attempts in a row failed, and the dashboard shows it
 * to staff. Once the cause is gone it starts on the next attempt, once, and the failure is cleared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationStartFailureIT {
  private static final String BASE = "/api/v1/publications";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void aStartThatFailsEveryTimeSaysWhyAndStartsOnceTheCauseIsGone() throws Exception {
    String paula = Tokens.user("paula", "paula-demo-pw");
    String arthur = Tokens.user("arthur", "arthur-demo-pw");
    // scheduled for later, so that the fault is in place before the first attempt
    String body =
        """
        {"title":"Changes to our terms","documentType":"REGULATORY_NOTICE","templateVersion":%d,
         "audience":["C-1002"],"scheduledAt":"%s",
         "data":{"customerName":"Valued customer","title":"Changes to our terms",
                 "effectiveDate":"2026-12-01","paragraphs":["Our terms change on 1 December."]}}
        """
            .formatted(Api.approvedVersion(paula, "notice"), Instant.now().plusSeconds(3600));
    HttpResponse<String> created = Api.post(BASE, paula, body);
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    assertEquals(200, Api.post(BASE + "/" + id + "/submit", paula, "").statusCode());
    assertEquals(200, Api.post(BASE + "/" + id + "/approve", arthur, "").statusCode());
    String data = Database.string("select data from vault.publication where id = ?", id);
    assertEquals(
        1,
        Database.update(
            "update vault.publication set data = '{broken', scheduled_at = now() where id = ?",
            id));

    JsonObject failing = await(paula, id, 90, v -> v.getInt("startFailures") >= 2);
    assertEquals("APPROVED", failing.getString("state"), failing.toString());
    assertEquals("data must be a JSON object", failing.getString("startFailure"));
    assertTrue(
        failing
                .getJsonNumber("startFailedAt")
                .bigDecimalValue()
                .compareTo(failing.getJsonNumber("decidedAt").bigDecimalValue())
            > 0,
        "failed after the approval: " + failing);
    assertTrue(
        failing.getString("waitingFor").contains("attempts in a row have failed"),
        failing.getString("waitingFor"));
    assertEquals(0, failing.getJsonObject("counts").getInt("documentsRendered"));
    assertEquals(0, documents(id), "nothing half-made");

    // staff see it on the dashboard
    try (Browser browser = new Browser()) {
      browser.driver().get(Stack.PORTAL + "/backoffice/publications/index.xhtml");
      browser.loginAs("paula", "paula-demo-pw");
      browser.driver().get(Stack.PORTAL + "/backoffice/publications/dashboard.xhtml?id=" + id);
      String text =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("start-failure")))
              .getText();
      assertTrue(text.contains("times in a row"), text);
      assertTrue(text.contains("data must be a JSON object"), text);
      assertTrue(text.contains("tried again every 10 seconds"), text);
      assertTrue(browser.driver().findElements(By.id("waiting-for")).isEmpty(), "said once");
      browser.screenshot("publication-start-failure");
    }

    // the cause gone: it starts, makes its one document, and the failure is forgotten
    Database.update("update vault.publication set data = ? where id = ?", data, id);
    JsonObject done = await(paula, id, 120, v -> "COMPLETED".equals(v.getString("state")));
    assertEquals(1, done.getJsonObject("counts").getInt("documentsRendered"));
    assertTrue(absent(done, "startFailure"), done.toString());
    assertTrue(absent(done, "startFailedAt"), done.toString());
    assertEquals(0, done.getInt("startFailures"));
    assertEquals(1, documents(id));
    try (Browser browser = new Browser()) {
      browser.driver().get(Stack.PORTAL + "/backoffice/publications/index.xhtml");
      browser.loginAs("paula", "paula-demo-pw");
      browser.driver().get(Stack.PORTAL + "/backoffice/publications/dashboard.xhtml?id=" + id);
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.textToBe(By.id("count-documents"), "1"));
      assertTrue(browser.driver().findElements(By.id("start-failure")).isEmpty());
    }
  }

  private static boolean absent(JsonObject view, String key) {
    return !view.containsKey(key) || view.isNull(key);
  }

  private static long documents(long id) throws Exception {
    return Database.count(
        "select count(*) from vault.document where external_reference like ?", "pub:" + id + ":%");
  }

  private static JsonObject await(String token, long id, int seconds, Predicate<JsonObject> until)
      throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    JsonObject view;
    do {
      HttpResponse<String> response = Api.get(BASE + "/" + id, token);
      assertEquals(200, response.statusCode(), response.body());
      view = Api.json(response);
      if (until.test(view)) {
        return view;
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("publication " + id + " timed out: " + view);
  }
}
