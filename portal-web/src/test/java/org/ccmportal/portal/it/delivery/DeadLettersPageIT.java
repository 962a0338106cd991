package org.ccmportal.portal.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Browser;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A publisher sees a failed print delivery on the back-office dead-letter list in a real browser
 * and retries it with the keyboard-reachable Retry button; the item is queued again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadLettersPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void paulaRetriesADeadPrintItemFromTheBackOffice() throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications",
            Tokens.billing(),
            Api.statement(customer, Api.uniqueReference("it-dead-page"), "Dead letter"));
    assertEquals(201, published.statusCode(), published.body());
    String doc = Api.json(published).getString("documentId");
    // no postal address: the print item is on the dead-letter list as soon as it is planned
    assertEquals("DEAD", DeliveryFixtures.awaitItem(doc, "PRINT", "DEAD", 180_000));
    String id = DeliveryFixtures.item(doc, "PRINT", "id");

    try (Browser browser = new Browser()) {
      var driver = browser.driver();
      driver.get(Stack.PORTAL + "/backoffice/dead-letters.xhtml");
      browser.loginAs("paula", "paula-demo-pw");
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".retry-" + id)));
      assertEquals("Failed deliveries", driver.findElement(By.tagName("h1")).getText());
      WebElement row =
          driver.findElement(By.xpath("//tr[.//button[contains(@class,'retry-" + id + "')]]"));
      assertTrue(row.getText().contains("NO_ADDRESS"), row.getText());
      assertTrue(row.getText().contains("Print"), row.getText());
      WebElement retry = driver.findElement(By.cssSelector(".retry-" + id));
      assertEquals("Retry " + id, retry.getAttribute("aria-label"));
      retry.click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("deadLetters:messages"), "Delivery " + id + " is queued again."));
      assertEquals("QUEUED", DeliveryFixtures.item(doc, "PRINT", "status"));
      assertFalse(
          driver.findElements(By.cssSelector(".retry-" + id)).stream()
              .anyMatch(WebElement::isDisplayed),
          "no longer listed");
    }
  }
}
