package org.ccmportal.portal.it.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A customer narrows her inbox in a real browser (search in titles, type, read state; every control
 * has a label) and marks a document read and unread again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerInboxIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void aliceFiltersHerInboxAndMarksADocumentRead() throws Exception {
    String billing = Tokens.billing();
    String tag = "Find" + UUID.randomUUID().toString().substring(0, 8);
    String statement = "Statement " + tag;
    String notice = "Notice " + tag;
    InboxFixtures.publish(billing, "C-1001", "STATEMENT", statement);
    String noticeId = InboxFixtures.publish(billing, "C-1001", "REGULATORY_NOTICE", notice);

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      driver.get(Stack.PORTAL + "/inbox.xhtml");
      browser.loginAs("alice", "alice-demo-pw");
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:documents")));

      // every filter control has a label
      for (String id : List.of("inbox:q", "inbox:type", "inbox:from", "inbox:to", "inbox:status")) {
        assertNotNull(
            driver.findElement(By.cssSelector("label[for='" + id + "']")), "label of " + id);
      }

      // search in titles, case-insensitive: both documents and nothing else
      driver.findElement(By.id("inbox:q")).sendKeys(tag.toLowerCase());
      apply(browser);
      assertEquals(List.of(notice, statement), titles(driver));

      // and by type
      new Select(driver.findElement(By.id("inbox:type"))).selectByValue("REGULATORY_NOTICE");
      apply(browser);
      assertEquals(List.of(notice), titles(driver));

      // mark it read: the button flips, the row loses its "New" tag, the database agrees
      WebElement toggle = rowOf(driver, notice).findElement(By.cssSelector(".toggle-read"));
      assertEquals("Mark " + notice + " as read", toggle.getAttribute("aria-label"));
      toggle.click();
      browser
          .waiting()
          .until(
              d ->
                  rowOf(d, notice)
                      .findElement(By.cssSelector(".toggle-read"))
                      .getText()
                      .contains("Mark as unread"));
      assertTrue(rowOf(driver, notice).findElements(By.cssSelector(".tag-new")).isEmpty());
      assertNotNull(
          Database.string("select read_at from vault.document where id = ?::uuid", noticeId));

      // unread only: it is gone; read only: it is back
      new Select(driver.findElement(By.id("inbox:status"))).selectByValue("unread");
      apply(browser);
      assertEquals(List.of(), titles(driver));
      new Select(driver.findElement(By.id("inbox:status"))).selectByValue("read");
      apply(browser);
      assertEquals(List.of(notice), titles(driver));

      // and unread again
      rowOf(driver, notice).findElement(By.cssSelector(".toggle-read")).click();
      browser
          .waiting()
          .until(d -> d.findElements(By.cssSelector("#inbox\\:documents .doc-title")).isEmpty());
      assertNull(
          Database.string("select read_at from vault.document where id = ?::uuid", noticeId));
    }
  }

  private static void apply(Browser browser) {
    WebElement table = browser.driver().findElement(By.id("inbox:documents"));
    browser.driver().findElement(By.id("inbox:apply")).click();
    browser.waiting().until(ExpectedConditions.stalenessOf(table));
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:documents")));
  }

  private static List<String> titles(WebDriver driver) {
    return driver.findElements(By.cssSelector("#inbox\\:documents .doc-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static WebElement rowOf(WebDriver driver, String title) {
    return driver.findElement(
        By.xpath("//tr[.//span[@class='doc-title' and text()='" + title + "']]"));
  }
}
