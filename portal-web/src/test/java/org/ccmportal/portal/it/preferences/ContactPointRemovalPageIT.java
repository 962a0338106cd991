package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A customer removes an email address on the preferences page of a phone-sized browser, with the
 * keyboard only: the row's Remove button names the address, a labelled confirmation dialog names it
 * too and fits the screen; Escape keeps the address, confirming removes it, says so, and the API no
 * longer knows it. Alice gets a fresh address for this, so her demo contact points stay.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactPointRemovalPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void aliceRemovesAnEmailAddressAfterConfirmingIt() throws Exception {
    String alice = Tokens.user("alice", "alice-demo-pw");
    String address = "alice.page." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    long id =
        Api.json(Api.post("/api/v1/contact-points", alice, email(address)))
            .getJsonNumber("id")
            .longValue();

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      driver.manage().window().setSize(new Dimension(390, 844));
      driver.get(Stack.PORTAL + "/preferences.xhtml");
      browser.loginAs("alice", "alice-demo-pw");
      browser.waiting().until(d -> !d.findElements(rowOf(address)).isEmpty());

      // the button names what it removes
      WebElement remove = removeButton(driver, address);
      assertEquals("Remove " + address, remove.getAttribute("aria-label"));

      // Enter opens the dialog: labelled by its title, naming the address, focus inside it
      remove.sendKeys(Keys.ENTER);
      WebElement dialog = visibleDialog(browser);
      String titleId = dialog.getAttribute("aria-labelledby");
      assertEquals(
          "Remove this contact detail?",
          driver.findElement(By.id(titleId)).getText().trim(),
          "the dialog is labelled by its title");
      assertTrue(dialog.getText().contains(address), dialog.getText());
      assertTrue(
          (Boolean) js(driver, "return arguments[0].contains(document.activeElement);", dialog),
          "focus moved into the dialog");
      long right =
          ((Number) js(driver, "return arguments[0].getBoundingClientRect().right;", dialog))
              .longValue();
      assertTrue(right <= 390, "the dialog fits the screen: its right edge is at " + right);
      browser.screenshot("contact-remove-dialog-390");

      // Escape closes it and keeps the address
      driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
      browser.waiting().until(ExpectedConditions.invisibilityOf(dialog));
      assertFalse(driver.findElements(rowOf(address)).isEmpty(), "kept");

      // confirmed with the keyboard: removed, announced, gone from the list and the API
      removeButton(driver, address).sendKeys(Keys.ENTER);
      visibleDialog(browser)
          .findElement(By.cssSelector(".contact-remove-yes"))
          .sendKeys(Keys.ENTER);
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("contactMessages"), "was removed"));
      browser.waiting().until(d -> d.findElements(rowOf(address)).isEmpty());
      assertEquals(
          "polite",
          driver.findElement(By.id("contactMessages")).getAttribute("aria-live"),
          "the message is announced");
      assertTrue(
          driver.findElement(By.cssSelector(".contact-points")).getText().contains("Confirmed"),
          "her other contact points are still listed");
      browser.screenshot("contact-removed-390");
      assertEquals(404, Api.get("/api/v1/contact-points/" + id, alice).statusCode());
    }
  }

  private static WebElement visibleDialog(Browser browser) {
    return browser
        .waiting()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".contact-remove-dialog")));
  }

  private static By rowOf(String address) {
    return By.xpath(
        "//table//tr[.//span[contains(@class,'contact-value') and normalize-space()='"
            + address
            + "']]");
  }

  private static WebElement removeButton(WebDriver driver, String address) {
    WebElement button =
        driver.findElement(rowOf(address)).findElement(By.cssSelector(".contact-remove"));
    js(driver, "arguments[0].scrollIntoView({block:'center'});", button);
    return button;
  }

  private static Object js(WebDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static String email(String address) {
    return "{\"kind\":\"EMAIL\",\"value\":\"" + address + "\"}";
  }
}
