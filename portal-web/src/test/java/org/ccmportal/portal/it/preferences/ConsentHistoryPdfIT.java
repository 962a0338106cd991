package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Browser;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * {@code GET /api/v1/consents/history.pdf} through the real WAR: a customer gets a PDF of their own
 * consent ledger only (the id comes from the token), anonymous callers get 401 and staff 403; the
 * page offers the same PDF for download.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentHistoryPdfIT {
  private static final String PATH = "/api/v1/consents/history.pdf";

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
  void eachCustomerGetsTheirOwnHistoryOnly() throws Exception {
    // a record only alice has: a withdrawal by staff with a unique reason
    String reason = "PDF test " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> onBehalf =
        Api.post(
            "/api/v1/customers/C-1001/consents",
            adam,
            "{\"purpose\":\"MARKETING_SMS\",\"decision\":\"WITHDRAWN\",\"reason\":\""
                + reason
                + "\"}");
    assertEquals(201, onBehalf.statusCode(), onBehalf.body());
    String sha = Api.json(onBehalf).getString("textSha256");

    HttpResponse<byte[]> own = Api.getBytes(PATH, alice);
    assertEquals(200, own.statusCode());
    assertEquals("application/pdf", own.headers().firstValue("Content-Type").orElse(""));
    assertTrue(own.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    assertEquals("no-store", own.headers().firstValue("Cache-Control").orElse(""));
    String aliceText = text(own.body(), "alice");
    assertTrue(aliceText.contains("Customer number: C-1001"), aliceText);
    assertTrue(aliceText.contains(reason), aliceText);
    assertTrue(aliceText.contains(sha), aliceText);
    assertTrue(aliceText.contains("Withdrawn: Offers and news by SMS"), aliceText);
    assertTrue(aliceText.contains("By our staff on your behalf"), aliceText);
    assertTrue(aliceText.contains("adam"), aliceText);
    Path dir = Path.of("target", "consent-history");
    ConsentHistoryPdfTest.run(
        "pdftoppm",
        "-png",
        "-r",
        "60",
        "-f",
        "1",
        "-l",
        "1",
        dir.resolve("alice.pdf").toString(),
        dir.resolve("alice").toString());

    HttpResponse<byte[]> other = Api.getBytes(PATH, bob);
    assertEquals(200, other.statusCode());
    String bobText = text(other.body(), "bob");
    assertTrue(bobText.contains("Customer number: C-1002"), bobText);
    assertFalse(bobText.contains("C-1001"), bobText);
    assertFalse(bobText.contains(reason), "bob sees alice's record: " + bobText);
  }

  @Test
  void anonymousCallersAndStaffGetNoHistory() throws Exception {
    HttpResponse<String> anonymous = Api.get(PATH, null);
    assertEquals(401, anonymous.statusCode());
    HttpResponse<String> staff = Api.get(PATH, adam);
    assertEquals(403, staff.statusCode(), "staff have no consent history of their own");
    assertFalse(staff.body().contains("Exception"), staff.body());
    assertEquals(403, Api.get(PATH, Tokens.billing()).statusCode());
  }

  @Test
  void thePageOffersThePdfForDownload() throws Exception {
    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      driver.get(Stack.PORTAL + "/preferences.xhtml");
      browser.loginAs("alice", "alice-demo-pw");
      By link = By.id("history:downloadHistoryPdf");
      browser.waiting().until(ExpectedConditions.elementToBeClickable(link)).click();
      Path file = browser.downloads().resolve("consent-history.pdf");
      browser
          .waiting()
          .withTimeout(Duration.ofSeconds(30))
          .until(d -> Files.exists(file) && file.toFile().length() > 0);
      String text = text(Files.readAllBytes(file), "alice-page");
      assertTrue(text.contains("Customer number: C-1001"), text);
    }
  }

  private static String text(byte[] pdf, String name) throws Exception {
    assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    Path dir = Files.createDirectories(Path.of("target", "consent-history"));
    Path file = dir.resolve(name + ".pdf");
    Files.write(file, pdf);
    return ConsentHistoryPdfTest.run("pdftotext", "-layout", file.toString(), "-")
        .replaceAll("\\s+", " ");
  }
}
