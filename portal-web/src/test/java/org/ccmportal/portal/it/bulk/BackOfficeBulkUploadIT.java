package org.ccmportal.portal.it.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A publisher uploads a bulk file in the back office: it runs like pasted records, and an empty
 * file starts no run but says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficeBulkUploadIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void paulaUploadsAFileAndSeesItsRunComplete(@TempDir Path dir) throws Exception {
    String prefix = "it-bulk-upload:" + UUID.randomUUID();
    Path file = dir.resolve("records.ndjson");
    Files.writeString(
        file,
        BulkRunsApiIT.record("C-1001", prefix + ":1")
            + "\n"
            + BulkRunsApiIT.record("C-1001", prefix + ":2")
            + "\n"
            + "not a record\n",
        StandardCharsets.UTF_8);
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "\n", StandardCharsets.UTF_8);
    long runsBefore = Database.count("select count(*) from public.job_execution");

    try (Browser browser = new Browser()) {
      var driver = browser.driver();
      driver.get(Stack.PORTAL + "/backoffice/bulk.xhtml");
      browser.loginAs("paula", "paula-demo-pw");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
      assertNotNull(driver.findElement(By.cssSelector("label[for='upload:file']")));

      // an empty file: a message, and no run
      driver.findElement(By.id("upload:file")).sendKeys(empty.toAbsolutePath().toString());
      driver.findElement(By.id("upload:send")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("bulk:messages"), "The file started no run: the file has no records"));
      assertEquals(0, driver.findElements(By.id("run-status")).size());
      assertEquals(runsBefore, Database.count("select count(*) from public.job_execution"));

      driver.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
      driver.findElement(By.id("upload:send")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("run-status")));
      browser
          .waiting(Duration.ofSeconds(120))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "Completed"));
      assertEquals(
          "Completed: 2 published, 1 refused, of 3 records.",
          driver.findElement(By.id("run-status")).getText());
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'})",
              driver.findElement(By.id("upload:file")));
      browser.screenshot("backoffice-bulk-upload");
      assertEquals(
          2,
          Database.count(
              "select count(*) from vault.document where external_reference like ?",
              prefix + ":%"));
    }
  }
}
