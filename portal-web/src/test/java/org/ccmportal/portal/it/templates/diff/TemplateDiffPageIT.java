package org.ccmportal.portal.it.templates.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The review screen in a real browser: paula submits a version of the privacy notice with one
 * changed line in its stylesheet and one in its sample data; arthur opens the template, asks for
 * the version's changes and sees the removed and the added line, each marked by a sign and by
 * hidden text for screen readers as well as by its background, and the unchanged lines collapsed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplateDiffPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void approverSeesTheAddedAndRemovedLinesOfAVersionInReview() throws Exception {
    ChangedVersion changed = ChangedVersion.submittedBy(Tokens.user("paula", "paula-demo-pw"));
    try (Browser browser = new Browser()) {
      browser.driver().get(Stack.PORTAL + "/backoffice/templates.xhtml");
      browser.loginAs("arthur", "arthur-demo-pw");
      browser
          .waiting()
          .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".open-privacy-notice")))
          .click();
      // opening the template already shows the newest version in review; ask for this one
      List<WebElement> shownBefore = browser.driver().findElements(By.id("templates:diff"));
      browser
          .waiting()
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath(
                      "//tr[td[1][normalize-space()='"
                          + changed.version()
                          + "']]//button[.//span[text()='Show changes']]")))
          .click();
      if (!shownBefore.isEmpty()) {
        browser.waiting().until(ExpectedConditions.stalenessOf(shownBefore.get(0)));
      }
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("diff-title"),
                  "Changes in version "
                      + changed.version()
                      + " compared with version "
                      + changed.inForce()
                      + " (Approved)"));
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "document.querySelector('table.diff-xslt tr.diff-REMOVED').scrollIntoView();");
      browser.screenshot("template-diff-review");

      WebElement removed = row(browser, "xslt", "diff-REMOVED");
      WebElement added = row(browser, "xslt", "diff-ADDED");
      assertTrue(removed.getText().contains(ChangedVersion.OLD_LINE), removed.getText());
      assertTrue(added.getText().contains(ChangedVersion.NEW_LINE), added.getText());
      // a sign and screen-reader text, not colour alone
      assertEquals("-", mark(removed, "[aria-hidden='true']"));
      assertEquals("Removed:", mark(removed, ".sr-only"));
      assertEquals("+", mark(added, "[aria-hidden='true']"));
      assertEquals("Added:", mark(added, ".sr-only"));
      WebElement unchanged = row(browser, "xslt", "diff-UNCHANGED");
      String plain =
          unchanged.findElement(By.cssSelector("td.text")).getCssValue("background-color");
      assertNotEquals(
          plain, added.findElement(By.cssSelector("td.text")).getCssValue("background-color"));
      assertNotEquals(
          plain, removed.findElement(By.cssSelector("td.text")).getCssValue("background-color"));
      assertTrue(
          row(browser, "xslt", "diff-SKIPPED").getText().matches("\\d+ unchanged lines"),
          row(browser, "xslt", "diff-SKIPPED").getText());
      assertEquals(
          "Added lines: 1. Removed lines: 1.",
          browser.driver().findElement(By.id("diff-xslt-counts")).getText().strip());

      WebElement sampleAdded = row(browser, "sample", "diff-ADDED");
      assertTrue(sampleAdded.getText().contains(ChangedVersion.NEW_YEAR), sampleAdded.getText());
      List<WebElement> sampleRemoved =
          browser.driver().findElements(By.cssSelector("table.diff-sample tr.diff-REMOVED"));
      assertEquals(1, sampleRemoved.size());
      assertTrue(sampleRemoved.get(0).getText().contains(ChangedVersion.OLD_YEAR));
    }
  }

  private static WebElement row(Browser browser, String table, String kind) {
    return browser
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table.diff-" + table + " tr." + kind)));
  }

  private static String mark(WebElement row, String css) {
    return row.findElement(By.cssSelector("td.mark " + css)).getAttribute("textContent").strip();
  }
}
