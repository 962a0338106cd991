package org.ccmportal.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a customer does, in a real browser: log in through Keycloak's login page, see their own
 * statement (and not another customer's), open it in the viewer, download it (the bytes are those
 * stored), change a channel choice and find it again after logging out and in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerJourneyIT {
  static Browser browser;
  static String aliceTitle;
  static String bobTitle;
  static String aliceDocumentId;
  static String aliceSha256;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void publishAndOpenBrowser() throws Exception {
    String billing = Tokens.billing();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    aliceTitle = "Browser statement " + suffix;
    bobTitle = "Bob private statement " + suffix;
    JsonObject alice =
        Api.json(
            Api.post(
                "/api/v1/communications",
                billing,
                Api.statement("C-1001", Api.uniqueReference("browser"), aliceTitle)));
    aliceDocumentId = alice.getString("documentId");
    aliceSha256 = alice.getString("sha256");
    Api.post(
        "/api/v1/communications",
        billing,
        Api.statement("C-1002", Api.uniqueReference("browser"), bobTitle));
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aliceSeesOpensAndDownloadsHerStatementAndKeepsHerPreferences() throws Exception {
    var driver = browser.driver();
    driver.get(Stack.PORTAL + "/inbox.xhtml");
    browser.loginAs("alice", "alice-demo-pw");

    // her inbox: her statement, not bob's
    browser.waiting().until(ExpectedConditions.urlContains("/inbox.xhtml"));
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("inbox:documents"), aliceTitle));
    String inbox = driver.findElement(By.id("inbox:documents")).getText();
    assertTrue(inbox.contains(aliceTitle));
    assertFalse(inbox.contains(bobTitle), "bob's document must not appear in alice's inbox");
    assertTrue(driver.findElement(By.id("unread-count")).getText().matches("\\d+ unread"));
    browser.screenshot("inbox");
    var session = driver.manage().getCookieNamed("JSESSIONID");
    assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
    assertEquals("Lax", session.getSameSite(), "the session cookie is SameSite=Lax");

    // open it in the viewer
    WebElement row = rowOf(aliceTitle);
    row.findElement(By.cssSelector(".open-document")).click();
    WebElement frame =
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("viewer-frame")));
    assertTrue(
        frame.getAttribute("src").contains("/documents/" + aliceDocumentId),
        frame.getAttribute("src"));
    browser.screenshot("viewer");
    driver.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();

    // download it: the bytes are exactly those stored
    rowOf(aliceTitle).findElement(By.cssSelector(".download-document")).click();
    Path pdf = awaitDownload(browser.downloads());
    assertEquals(aliceSha256, Hashes.sha256(Files.readAllBytes(pdf)));
    assertTrue(pdf.getFileName().toString().startsWith("statement-"), pdf.toString());

    // change a channel choice, log out, log in: it is still there
    driver.get(Stack.PORTAL + "/preferences.xhtml");
    String cell = ".pref-PAYMENT_REMINDERS-PRINT";
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cell)));
    boolean before = checked(cell);
    driver.findElement(By.cssSelector(cell + " .ui-chkbox-box")).click();
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertNotEquals(before, checked(cell));
    browser.screenshot("preferences");
    // a locked cell cannot be switched off: statements always reach the secure inbox
    assertTrue(
        driver.findElement(By.cssSelector(".pref-STATEMENTS-PORTAL input")).getAttribute("disabled")
            != null);

    driver.findElement(By.id("sign-out")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hero-sign-in")));
    driver.get(Stack.PORTAL + "/preferences.xhtml");
    browser.loginAs("alice", "alice-demo-pw");
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cell)));
    assertNotEquals(before, checked(cell), "the choice survived logout and login");
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    var response = Api.get("/inbox.xhtml", null);
    assertEquals(302, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login"));
    var login = Api.get("/login", null);
    assertEquals(302, login.statusCode());
    String location = login.headers().firstValue("Location").orElse("");
    assertTrue(
        location.startsWith(Stack.KEYCLOAK_REALM + "/protocol/openid-connect/auth"), location);
    assertTrue(location.contains("code_challenge_method=S256"), "PKCE S256: " + location);
    // a document URL reveals nothing to an anonymous visitor
    assertEquals(302, Api.get("/documents/" + aliceDocumentId, null).statusCode());
  }

  private static WebElement rowOf(String title) {
    return browser
        .driver()
        .findElement(By.xpath("//tr[.//span[@class='doc-title' and text()='" + title + "']]"));
  }

  private static boolean checked(String cellSelector) {
    return browser.driver().findElement(By.cssSelector(cellSelector + " input")).isSelected();
  }

  private static Path awaitDownload(Path dir) throws Exception {
    long end = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < end) {
      try (Stream<Path> files = Files.list(dir)) {
        List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        if (!pdfs.isEmpty()) {
          return pdfs.get(0);
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no PDF was downloaded within 30 s");
  }
}
