package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Browser;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.ccmportal.preferences.api.ConsentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Paperless delivery, E-SIGN style: the grant needs the disclosure's current version (recorded with
 * its SHA-256) and the confirmation that the sample PDF opened; while granted, legally required
 * documents reach the portal with an email notice and are not printed; withdrawn, they go to print
 * again. Through the API and the page in a real browser ({@link DeliveryRulesIT} has the resolver
 * on PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaperlessConsentIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void grantingPaperlessThroughTheApiNeedsTheSampleOpened() throws Exception {
    String bob = Tokens.user("bob", "bob-demo-pw");
    String adam = Tokens.user("adam", "adam-demo-pw");
    long before = Database.count("select count(*) from preferences.consent_record");
    String grant = "{\"purpose\":\"PAPERLESS\",\"decision\":\"GRANTED\",\"textVersion\":1";
    for (String body :
        List.of(
            grant + "}",
            grant + ",\"sampleOpened\":false}",
            grant + ",\"sampleOpened\":\"yes\"}",
            grant + ",\"sampleOpened\":null}")) {
      HttpResponse<String> r = Api.post("/api/v1/consents", bob, body);
      assertEquals(400, r.statusCode(), body + " -> " + r.body());
      assertEquals("sampleOpened", Api.json(r).getString("field"), r.body());
      assertFalse(r.body().contains("Exception"), r.body());
    }
    // staff cannot confirm for the customer that the sample opened
    HttpResponse<String> staff =
        Api.post(
            "/api/v1/customers/C-1002/consents",
            adam,
            grant + ",\"sampleOpened\":true,\"reason\":\"customer asked by phone\"}");
    assertEquals(400, staff.statusCode(), staff.body());
    assertEquals("purpose", Api.json(staff).getString("field"), staff.body());
    assertEquals(
        401, Api.post("/api/v1/consents", null, grant + ",\"sampleOpened\":true}").statusCode());
    assertEquals(before, Database.count("select count(*) from preferences.consent_record"));

    HttpResponse<String> ok = Api.post("/api/v1/consents", bob, grant + ",\"sampleOpened\":true}");
    assertEquals(201, ok.statusCode(), ok.body());
    JsonObject record = Api.json(ok);
    assertEquals("PAPERLESS", record.getString("purpose"));
    assertEquals(1, record.getInt("textVersion"));
    assertEquals(sha256OfPaperlessText(), record.getString("textSha256"));
    assertEquals(
        sha256OfPaperlessText(),
        Database.string(
            "select text_sha256 from preferences.consent_record where id = ?",
            record.getJsonNumber("id").longValue()));

    HttpResponse<String> back =
        Api.post("/api/v1/consents", bob, PreferenceCenterApiIT.withdraw("PAPERLESS"));
    assertEquals(201, back.statusCode(), back.body());
  }

  @Test
  void theSamplePdfIsServed() throws Exception {
    HttpResponse<byte[]> pdf = Api.getBytes("/resources/paperless-sample.pdf", null);
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
  }

  @Test
  void bobGoesPaperlessOnThePageAndBackToPaper() throws Exception {
    String bob = Tokens.user("bob", "bob-demo-pw");
    assertEquals(
        201,
        Api.post("/api/v1/consents", bob, PreferenceCenterApiIT.withdraw("PAPERLESS"))
            .statusCode());
    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      driver.get(Stack.PORTAL + "/preferences.xhtml");
      browser.loginAs("bob", "bob-demo-pw");
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".paperless-grant")));
      WebElement section = driver.findElement(By.cssSelector(".consent-PAPERLESS"));
      assertTrue(section.getText().contains("electronically"), section.getText());
      assertTrue(section.getText().contains("version 1"), section.getText());
      assertTrue(
          section
              .findElement(By.cssSelector("a.paperless-sample"))
              .getAttribute("href")
              .endsWith("/resources/paperless-sample.pdf"));

      // agreeing without confirming the sample is refused and explained
      driver.findElement(By.cssSelector(".paperless-grant")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#paperless .ui-messages-error"), "open the sample PDF"));

      driver.findElement(By.cssSelector(".paperless-sample-opened .ui-chkbox-box")).click();
      driver.findElement(By.cssSelector(".paperless-grant")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(By.cssSelector(".paperless-withdraw")));
      assertTrue(driver.findElement(By.cssSelector(".paperless-state")).getText().contains("on"));
      browser.waiting().until(d -> firstRecord(d).contains("Paperless documents"));
      assertTrue(firstRecord(driver).contains("Agreed"), firstRecord(driver));
      browser.screenshot("preferences-paperless");

      driver.findElement(By.cssSelector(".paperless-withdraw")).click();
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".paperless-grant")));
      browser.waiting().until(d -> firstRecord(d).contains("Withdrawn"));
    }
    JsonObject last =
        PreferenceCenterApiIT.last(
            PreferenceCenterApiIT.array(Api.get("/api/v1/consents", bob)), "PAPERLESS");
    assertEquals("WITHDRAWN", last.getString("decision"));
    assertEquals("PORTAL", last.getString("method"));
  }

  private static String firstRecord(WebDriver driver) {
    return driver.findElements(By.cssSelector(".consent-record")).get(0).getText();
  }

  private static String sha256OfPaperlessText() throws Exception {
    try (InputStream in =
        ConsentService.class.getResourceAsStream("/consent-texts/PAPERLESS/v1.txt")) {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }
}
