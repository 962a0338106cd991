package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The preferences page in a real browser: marketing by email is refused without consent, giving
 * consent with the versioned text shown switches it on and appears in the history, withdrawing
 * switches it off; contact points show their verification state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferencesPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void bobGivesAndWithdrawsMarketingConsentOnThePage() throws Exception {
    // a known start: bob has withdrawn marketing by email
    String bob = Tokens.user("bob", "bob-demo-pw");
    assertEquals(
        201,
        Api.post("/api/v1/consents", bob, PreferenceCenterApiIT.withdraw("MARKETING_EMAIL"))
            .statusCode());

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      driver.get(Stack.PORTAL + "/preferences.xhtml");
      browser.loginAs("bob", "bob-demo-pw");
      String cell = ".pref-MARKETING-EMAIL";
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cell)));

      // switching it on in the matrix without consent is refused and explained
      driver.findElement(By.cssSelector(cell + " .ui-chkbox-box")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".ui-messages-warn"), "first give your consent"));
      assertTrue(!checked(driver, cell));

      // the consent text and its version are shown; agreeing switches the cell on
      WebElement section = driver.findElement(By.cssSelector(".consent-MARKETING_EMAIL"));
      assertTrue(section.getText().contains("I agree to receive offers"), section.getText());
      assertTrue(section.getText().contains("version 1"), section.getText());
      section.findElement(By.cssSelector(".consent-grant")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector(".consent-MARKETING_EMAIL .consent-withdraw")));
      browser.waiting().until(d -> checked(d, cell));
      List<WebElement> records = driver.findElements(By.cssSelector(".consent-record"));
      assertTrue(records.get(0).getText().contains("Agreed"), records.get(0).getText());
      assertTrue(records.get(0).getText().contains("on this website"), records.get(0).getText());
      browser.screenshot("preferences-consent");

      driver.findElement(By.cssSelector(".consent-MARKETING_EMAIL .consent-withdraw")).click();
      browser.waiting().until(d -> !checked(d, cell));
      browser
          .waiting()
          .until(
              d ->
                  d.findElements(By.cssSelector(".consent-record"))
                      .get(0)
                      .getText()
                      .contains("Withdrawn"));

      // bob's demo address is listed as confirmed
      WebElement points = driver.findElement(By.cssSelector(".contact-points"));
      assertTrue(points.getText().contains("bob@example.com"), points.getText());
      assertTrue(points.getText().contains("Confirmed"), points.getText());
    }
  }

  private static boolean checked(WebDriver driver, String cell) {
    return driver.findElement(By.cssSelector(cell + " input")).isSelected();
  }
}
