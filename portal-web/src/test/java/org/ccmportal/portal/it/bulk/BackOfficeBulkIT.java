package org.ccmportal.portal.it.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.UUID;
import org.ccmportal.portal.it.Browser;
import org.ccmportal.portal.it.Database;
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

/** A publisher starts a bulk run in the back office and watches its progress bar to the end. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeBulkIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void paulaStartsARunAndSeesItComplete() throws Exception {
    String prefix = "it-bulk-page:" + UUID.randomUUID();
    String records =
        BulkRunsApiIT.record("C-1001", prefix + ":1")
            + "\n"
            + BulkRunsApiIT.record("C-1001", prefix + ":2")
            + "\n"
            + "not a record\n";
    try (Browser browser = new Browser()) {
      var driver = browser.driver();
      driver.get(Stack.PORTAL + "/backoffice/bulk.xhtml");
      browser.loginAs("paula", "paula-demo-pw");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bulk:records")));
      assertNotNull(driver.findElement(By.cssSelector("label[for='bulk:records']")));
      assertNotNull(driver.findElement(By.cssSelector("label[for='bulk:format']")));
      driver.findElement(By.id("bulk:records")).sendKeys(records);
      driver.findElement(By.id("bulk:start")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "Completed"));
      assertEquals(
          "Completed: 2 published, 1 refused, of 3 records.",
          driver.findElement(By.id("run-status")).getText());
      assertNotNull(driver.findElement(By.id("bulk:bar")));
      assertEquals(
          "3", driver.findElement(By.cssSelector("#bulk\\:failures td")).getText(), "line 3");
      assertEquals(
          2,
          Database.count(
              "select count(*) from vault.document where external_reference like ?",
              prefix + ":%"));
    }
  }
}
