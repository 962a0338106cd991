package org.ccmportal.portal.it.templates;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The templates page in a real browser: a publisher drafts a new version and submits it, an
 * approver (a different person) rejects it with a comment. The version in force is unchanged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplatePagesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void publisherDraftsAndSubmitsApproverRejectsWithAComment() throws Exception {
    String version;
    try (Browser browser = new Browser()) {
      open(browser, "paula", "paula-demo-pw");
      browser.driver().findElement(By.id("templates:newDraft")).click();
      String created = message(browser, ".ui-messages-info");
      assertTrue(created.matches("Draft version \\d+ created\\."), created);
      version = created.replaceAll("\\D", "");
      browser.screenshot("templates-draft");
      browser
          .driver()
          .findElement(
              By.xpath(
                  "//tr[td[1][normalize-space()='"
                      + version
                      + "']]//button[.//span[text()='Submit for review']]"))
          .click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("templates:messages"), "submitted for review"));
    }
    try (Browser browser = new Browser()) {
      open(browser, "arthur", "arthur-demo-pw");
      // opening the template shows the newest version he may review, with the decision beside it
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("review-title"), "Your decision on version " + version));
      browser.driver().findElement(By.id("templates:comment")).sendKeys("Wording not agreed");
      browser.driver().findElement(By.id("templates:rejectVersion")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("templates:messages"), "Version " + version + " rejected."));
      String row =
          browser
              .driver()
              .findElement(By.xpath("//tr[td[1][normalize-space()='" + version + "']]"))
              .getText();
      assertTrue(row.contains("Rejected") && row.contains("Wording not agreed"), row);
      browser.screenshot("templates-rejected");
    }
  }

  private static void open(Browser browser, String user, String password) {
    browser.driver().get(Stack.PORTAL + "/backoffice/templates.xhtml");
    browser.loginAs(user, password);
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".open-notice")))
        .click();
    browser
        .waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.id("templates:versions")));
  }

  private static String message(Browser browser, String css) {
    return browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)))
        .getText()
        .strip();
  }
}
