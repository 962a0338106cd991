package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.ccmportal.portal.it.Browser;
import org.ccmportal.portal.it.Stack;
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
 * A customer adds a mobile number on the preferences page and confirms it with the code sent by SMS
 * (read from the local SMS gateway), using the keyboard only: an invalid number is refused on the
 * field, a wrong code says how many tries are left, the right one marks the number confirmed. Alice
 * is used, with a new random number each run (numbers cannot be removed), so that bob's page tests
 * keep their known contact points.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MobilePageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void aliceAddsAMobileNumberAndConfirmsItWithTheSmsCode() throws Exception {
    String number = "+4477009" + String.format("%05d", new SecureRandom().nextInt(100_000));
    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      driver.get(Stack.PORTAL + "/preferences.xhtml");
      browser.loginAs("alice", "alice-demo-pw");
      By newMobile = By.id("mobile:newMobile");
      browser.waiting().until(ExpectedConditions.elementToBeClickable(newMobile));

      // the field is labelled, a phone field with a hint on the format
      WebElement field = driver.findElement(newMobile);
      assertEquals("tel", field.getAttribute("type"));
      assertEquals("tel", field.getAttribute("autocomplete"));
      assertEquals(
          "New mobile number",
          driver.findElement(By.cssSelector("label[for='mobile:newMobile']")).getText().trim());
      assertTrue(
          driver.findElement(By.id("newMobileHelp")).getText().contains("international format"));

      // a number not in international format is refused on the field, and nothing is added
      field.sendKeys("07700 900123", Keys.ENTER);
      browser
          .waiting()
          .until(d -> "true".equals(d.findElement(newMobile).getAttribute("aria-invalid")));
      assertTrue(
          driver.findElement(By.cssSelector("#mobile .ui-message-error")).getText().contains("+"),
          driver.findElement(By.id("mobile")).getText());

      // a valid number (typed with spaces) is added unconfirmed and a code is sent
      field = driver.findElement(newMobile);
      field.clear();
      field.sendKeys(number.substring(0, 3) + " " + number.substring(3), Keys.ENTER);
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("contactMessages"), "works for 10 minutes"));
      assertTrue(row(driver, number).getText().contains("Waiting for confirmation"));
      String code = MobileSmsSink.latestCode(number);

      // the row's code field: labelled with the number, numeric, one-time code, 6 characters
      WebElement input = codeInput(driver, number);
      String inputId = input.getAttribute("id");
      assertEquals(
          "Code sent to " + number,
          driver.findElement(By.cssSelector("label[for='" + inputId + "']")).getText().trim());
      assertEquals("numeric", input.getAttribute("inputmode"));
      assertEquals("one-time-code", input.getAttribute("autocomplete"));
      assertEquals("6", input.getAttribute("maxlength"));

      // a wrong code: the error is on the field, announced, with the tries left
      input.sendKeys(code.equals("000000") ? "111111" : "000000", Keys.ENTER);
      browser.waiting().until(d -> row(d, number).getText().contains("4 tries left"));
      assertEquals("true", codeInput(driver, number).getAttribute("aria-invalid"));
      WebElement error = row(driver, number).findElement(By.cssSelector(".code-error"));
      assertEquals("alert", error.getAttribute("role"));
      assertTrue(
          codeInput(driver, number)
              .getAttribute("aria-describedby")
              .contains(error.getAttribute("id")));
      show(driver, row(driver, number));
      browser.screenshot("mobile-wrong-code");

      // at phone width the row still shows the field and both buttons
      driver.manage().window().setSize(new Dimension(390, 844));
      show(driver, row(driver, number));
      assertTrue(codeInput(driver, number).isDisplayed());
      assertTrue(row(driver, number).findElement(By.cssSelector(".code-resend")).isDisplayed());
      Object overflow =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "var s = document.querySelector('.contact-section');"
                      + " return s.scrollWidth - s.clientWidth;");
      assertEquals(0L, ((Number) overflow).longValue(), "the section fits a 390px screen");
      browser.screenshot("mobile-wrong-code-390");
      driver.manage().window().setSize(new Dimension(1280, 900));

      // the right code confirms the number
      codeInput(driver, number).sendKeys(code, Keys.ENTER);
      browser.waiting().until(d -> row(d, number).getText().contains("Confirmed"));
      assertTrue(row(driver, number).findElements(By.cssSelector(".code-input")).isEmpty());
      assertTrue(
          driver.findElement(By.id("contactMessages")).getText().contains("mobile number is"),
          driver.findElement(By.id("contactMessages")).getText());
      show(driver, row(driver, number));
      browser.screenshot("mobile-confirmed");
    }
  }

  /** The contact points table row of that number. */
  private static WebElement row(WebDriver driver, String number) {
    return driver.findElement(
        By.xpath(
            "//table//tr[.//span[contains(@class,'contact-value') and normalize-space()='"
                + number
                + "']]"));
  }

  private static WebElement codeInput(WebDriver driver, String number) {
    return row(driver, number).findElement(By.cssSelector("input.code-input"));
  }

  private static void show(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block:'center'});", element);
  }
}
