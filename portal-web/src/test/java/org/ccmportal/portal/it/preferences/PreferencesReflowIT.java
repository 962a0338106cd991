package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Reflow (WCAG 2.1 SC 1.4.10) of the preferences page in a real browser: at 390 and 320 CSS pixels
 * nothing scrolls sideways, neither the page nor the channel matrix, which stacks into one card per
 * category whose switches are labelled with their channel and can still be used. Alice's page is
 * only read, never changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferencesReflowIT {

  /** Lists the elements wider than the viewport, to say what overflows when the test fails. */
  private static final String OVERFLOWING =
      "var w = window.innerWidth, out = [];"
          + " document.querySelectorAll('body *').forEach(function (e) {"
          + "  var r = e.getBoundingClientRect();"
          + "  if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5)) {"
          + "   out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.left)"
          + "    + '..' + Math.round(r.right)); } });"
          + " return out.slice(0, 15).join('\\n');";

  /** The page's sections, top to bottom. */
  private static final List<String> SECTIONS =
      List.of(
          "#settings-title",
          "#consent-title",
          "#paperless-title",
          ".contact-section",
          ".contact-add",
          "#history-title");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void thePreferencesPageReflowsAt390And320Pixels() throws Exception {
    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      driver.get(Stack.PORTAL + "/preferences.xhtml");
      browser.loginAs("alice", "alice-demo-pw");
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pref-matrix")));

      for (int width : List.of(390, 320)) {
        driver.manage().window().setSize(new Dimension(width, 844));
        driver.navigate().refresh();
        browser
            .waiting()
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".contact-points")));
        assertEquals(
            (long) width,
            ((Number) js(driver, "return window.innerWidth;")).longValue(),
            "the viewport is " + width + " CSS pixels wide");
        long scrollWidth =
            ((Number) js(driver, "return document.documentElement.scrollWidth;")).longValue();
        assertTrue(
            scrollWidth <= width,
            "no sideways scrolling at "
                + width
                + " px, but the page is "
                + scrollWidth
                + " px wide:\n"
                + js(driver, OVERFLOWING));

        // the matrix is stacked: nothing in it scrolls, every switch shows its channel
        WebElement matrix = driver.findElement(By.cssSelector(".pref-matrix"));
        long matrixOverflow =
            ((Number)
                    js(
                        driver,
                        "var s = arguments[0].parentElement; return s.scrollWidth - s.clientWidth;",
                        matrix))
                .longValue();
        assertEquals(0L, matrixOverflow, "the channel matrix does not scroll sideways");
        WebElement emailCell = driver.findElement(By.cssSelector(".pref-cell-STATEMENTS-EMAIL"));
        assertTrue(emailCell.getText().contains("Email"), emailCell.getText());
        assertTrue(
            driver
                .findElement(By.cssSelector(".pref-STATEMENTS-EMAIL .ui-chkbox-box"))
                .isDisplayed(),
            "the switch is visible");
        WebElement rowHeading =
            driver.findElement(
                By.xpath("//table[contains(@class,'pref-matrix')]//th[@scope='row']"));
        assertTrue(rowHeading.isDisplayed());
        assertTrue(
            rowHeading.getSize().getWidth() > width / 2,
            "the category heading spans the card, not one narrow column");
        browser.screenshot("preferences-reflow-" + width);

        // every section, one screen at a time, to look at
        int n = 0;
        for (String section : SECTIONS) {
          js(
              driver,
              "arguments[0].scrollIntoView({block:'start'});",
              driver.findElement(By.cssSelector(section)));
          browser.screenshot("preferences-reflow-" + width + "-" + ++n);
        }
      }
    }
  }

  private static Object js(WebDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
