package org.ccmportal.portal.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The archive pages in a real browser: the regulator files a request, an approver (another person)
 * approves it in the queue, the regulator sees it approved, in progress or ready in her list; a
 * search shows archived records and their envelope; each role's page hides the other's actions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchivePagesIT {
  static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void publishAndOpenBrowser() throws Exception {
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications",
            Tokens.billing(),
            Api.statement("C-1001", Api.uniqueReference("it-archive-pages"), "Archive page test"));
    assertEquals(201, published.statusCode(), published.body());
    for (int i = 0;
        i < 60
            && Database.count(
                    "select count(*) from archive.record where customer_id = 'C-1001'"
                        + " and kind <> 'AUDIT'")
                == 0;
        i++) {
      Thread.sleep(500);
    }
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void regulatorFilesApproverApprovesRegulatorSeesItProgress() throws Exception {
    WebDriver driver = browser.driver();
    String caseReference = "REG-UI-" + UUID.randomUUID().toString().substring(0, 8);

    openAs(driver, "/archive/review.xhtml", "rita", "rita-demo-pw");
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("approvers-only")));
    assertTrue(driver.findElements(By.cssSelector(".approve")).isEmpty(), "no decision for rita");

    driver.get(Stack.PORTAL + "/archive/requests.xhtml");
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("request:file")));
    driver.findElement(By.id("request:caseReference")).sendKeys(caseReference);
    driver.findElement(By.id("request:customerIds")).sendKeys("C-1001");
    setDate(driver, "request:from", "2020-01-01");
    setDate(driver, "request:to", LocalDate.now().plusDays(1).toString());
    setDate(driver, "request:dueDate", LocalDate.now().plusDays(30).toString());
    driver.findElement(By.cssSelector("input[value='STATEMENTS']")).click();
    browser.screenshot("archive-request-form");
    driver.findElement(By.id("request:file")).click();
    By ritaRow = row("request:mine", caseReference);
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(ritaRow));
    assertEquals("Waiting for approval", status(driver, ritaRow));
    browser.screenshot("archive-my-requests-filed");

    openAs(driver, "/archive/requests.xhtml", "arthur", "arthur-demo-pw");
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("regulators-only")));
    assertTrue(driver.findElements(By.id("request:file")).isEmpty(), "no request form for arthur");

    driver.get(Stack.PORTAL + "/archive/review.xhtml");
    By arthurRow = row("review:queue", caseReference);
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(arthurRow));
    WebElement queued = driver.findElement(arthurRow);
    queued.findElement(By.cssSelector("input[type='text']")).sendKeys("within the case scope");
    browser.screenshot("archive-review-queue");
    queued.findElement(By.cssSelector(".approve")).click();
    browser
        .waiting()
        .until(d -> !"Waiting for approval".equals(status(d, row("review:queue", caseReference))));
    browser.screenshot("archive-review-approved");

    openAs(driver, "/archive/requests.xhtml", "rita", "rita-demo-pw");
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(ritaRow));
    String seen = status(driver, ritaRow);
    for (int i = 0; i < 30 && !"Ready".equals(seen); i++) {
      Thread.sleep(1000);
      driver.navigate().refresh();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(ritaRow));
      seen = status(driver, ritaRow);
    }
    assertTrue(List.of("Approved", "In progress", "Ready").contains(seen), seen);
    if ("Ready".equals(seen)) {
      assertFalse(
          driver.findElement(ritaRow).findElements(By.cssSelector(".download-package")).isEmpty(),
          "a ready package can be downloaded");
    }
    browser.screenshot("archive-my-requests-ready");
  }

  @Test
  void searchShowsArchivedRecordsAndTheirEnvelope() throws Exception {
    WebDriver driver = browser.driver();
    openAs(driver, "/archive/search.xhtml", "arthur", "arthur-demo-pw");
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("search:run")));
    String caseReference = "CASE-UI-" + UUID.randomUUID().toString().substring(0, 8);
    driver.findElement(By.id("search:caseReference")).sendKeys(caseReference);
    driver.findElement(By.id("search:customerId")).sendKeys("C-1001");
    driver.findElement(By.id("search:run")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#search\\:records .open-record")));
    assertTrue(
        driver.findElement(By.id("search:records")).getText().contains("C-1001"),
        "results for C-1001");
    browser.screenshot("archive-search");
    driver.findElement(By.cssSelector("#search\\:records .open-record")).click();
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("detailForm:download")));
    assertTrue(driver.findElement(By.id("detail")).getText().contains("Leaf hash"));
    browser.screenshot("archive-record-detail");
    driver.findElement(By.id("detailForm:download")).click();
    assertTrue(awaitDownload(browser.downloads()) > 0, "the content was downloaded");
    assertTrue(
        Database.count(
                "select count(*) from archive.record where kind = 'AUDIT'"
                    + " and archived_at > now() - interval '5 minutes'")
            > 0,
        "the search was audited");
  }

  /** The size of the first finished download, waiting up to 30 seconds for it. */
  private static long awaitDownload(Path folder) throws Exception {
    for (int i = 0; i < 60; i++) {
      try (Stream<Path> files = Files.list(folder)) {
        List<Path> done =
            files.filter(f -> f.getFileName().toString().startsWith("archive-record-")).toList();
        if (!done.isEmpty() && !done.get(0).toString().endsWith(".crdownload")) {
          return Files.size(done.get(0));
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no download in " + folder);
  }

  private static By row(String tableId, String caseReference) {
    return By.xpath(
        "//*[@id='"
            + tableId
            + "']//tr[.//span[@class='case' and normalize-space(.)='"
            + caseReference
            + "']]");
  }

  private static String status(WebDriver driver, By row) {
    return driver.findElement(row).findElement(By.cssSelector(".request-status")).getText().trim();
  }

  private static void setDate(WebDriver driver, String id, String isoDate) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), isoDate);
  }

  /** Opens the page as this user, signing out whoever is signed in first. */
  private static void openAs(WebDriver driver, String path, String user, String password) {
    driver.get(Stack.PORTAL + path);
    if (!driver.findElements(By.id("sign-out")).isEmpty()) {
      driver.findElement(By.id("sign-out")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hero-sign-in")));
      driver.get(Stack.PORTAL + path);
    }
    browser.loginAs(user, password);
  }
}
