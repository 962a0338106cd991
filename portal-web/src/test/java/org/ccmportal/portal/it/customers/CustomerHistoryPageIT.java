package org.ccmportal.portal.it.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Sam (service staff) signs in, lands on the customer history, looks up alice (C-1001), sees a new
 * statement with its delivery and opens it: the PDF downloads and the opening is in the archive.
 * The page reflows at 390 px. A publisher is refused the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerHistoryPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void samLooksUpACustomerAndOpensADocument() throws Exception {
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications",
            Tokens.billing(),
            Api.statement("C-1001", Api.uniqueReference("it-history-page"), "Page history"));
    assertEquals(201, published.statusCode(), published.body());
    String doc = Api.json(published).getString("documentId");

    try (Browser browser = new Browser()) {
      var driver = browser.driver();
      driver.get(Stack.PORTAL + "/login");
      browser.loginAs("sam", "sam-demo-pw");
      browser.waiting().until(ExpectedConditions.urlContains("/service/customer.xhtml"));
      assertEquals(
          "Customer communication history", driver.findElement(By.tagName("h1")).getText());
      WebElement input = driver.findElement(By.id("history:customer"));
      assertEquals(
          "Customer id",
          driver.findElement(By.cssSelector("label[for='history:customer']")).getText());
      input.sendKeys("C-1001");
      driver.findElement(By.id("history:search")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("result-heading"), "Communications for C-1001"));
      WebElement row =
          browser
              .waiting()
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.xpath("//tr[.//button[contains(@class,'open-" + doc + "')]]")));
      assertTrue(row.getText().contains("Page history"), row.getText());
      assertTrue(row.getText().contains("Statement"), row.getText());
      browser.screenshot("service-history-1280");

      driver.findElement(By.cssSelector(".open-" + doc)).click();
      Path pdf = awaitDownload(browser.downloads(), Duration.ofSeconds(30));
      assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4));
      assertEquals(
          1,
          Database.count(
              "select count(*) from archive.record where kind = 'STAFF_DOCUMENT_ACCESS'"
                  + " and event_id like ?",
              "staff-access:" + doc + ":sam:%"));

      driver.manage().window().setSize(new Dimension(390, 844));
      driver.get(Stack.PORTAL + "/service/customer.xhtml?customer=C-1001");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("result-heading")));
      long overflow =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      browser.screenshot("service-history-390");
      assertTrue(overflow <= 0, "no sideways scrolling at 390 px: " + overflow + " px");
    }

    try (Browser browser = new Browser()) {
      var driver = browser.driver();
      driver.get(Stack.PORTAL + "/service/customer.xhtml");
      browser.loginAs("paula", "paula-demo-pw");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      assertTrue(
          driver.findElements(By.id("history:customer")).isEmpty(), "a publisher is refused");
    }
  }

  private static Path awaitDownload(Path dir, Duration timeout) throws Exception {
    long end = System.currentTimeMillis() + timeout.toMillis();
    while (System.currentTimeMillis() < end) {
      try (Stream<Path> files = Files.list(dir)) {
        var done = files.filter(p -> p.toString().endsWith(".pdf")).findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no PDF downloaded to " + dir);
  }
}
