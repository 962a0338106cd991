package org.ccmportal.portal.it.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Browser;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Mailbox;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.ccmportal.portal.it.delivery.DeliveryFixtures;
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
 * The back-office journey in headless Chromium: paula goes through the publication wizard (a Faces
 * Flow: template, audience, schedule with a PDF preview) and submits; arthur approves it from the
 * approval queue; the dashboard shows the two documents made.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationPagesIT {
  private static final String INDEX = Stack.PORTAL + "/backoffice/publications/index.xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void publisherCreatesInTheWizardApproverApprovesDashboardShowsTheDocuments() throws Exception {
    String title = "Browser notice " + UUID.randomUUID().toString().substring(0, 8);
    long id;
    // alice (C-1001) takes regulatory notices by email as well as in her inbox
    String alice = Tokens.user("alice", "alice-demo-pw");
    JsonObject matrix = Api.json(Api.get("/api/v1/preferences", alice));
    boolean email =
        matrix.getJsonArray("cells").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                c ->
                    c.getString("category").equals("REGULATORY_NOTICES")
                        && c.getString("channel").equals("EMAIL")
                        && c.getBoolean("enabled"));
    if (!email) {
      HttpResponse<String> on =
          Api.put(
              "/api/v1/preferences",
              alice,
              "{\"version\":%d,\"category\":\"REGULATORY_NOTICES\",\"channel\":\"EMAIL\",\"enabled\":true}"
                  .formatted(matrix.getInt("version")));
      assertEquals(200, on.statusCode(), on.body());
    }
    try (Browser browser = new Browser()) {
      browser.driver().get(INDEX);
      browser.loginAs("paula", "paula-demo-pw");
      click(browser, By.id("publications:new"));

      // step 1: the approved notice version, a title, the template's sample data
      TemplateMenu.chooseNotice(browser, "publication-wizard-0-choice");
      browser.driver().findElement(By.id("wizard:title")).sendKeys(title);
      browser.screenshot("publication-wizard-1-template");
      click(browser, By.id("wizard:next"));

      // step 2: the audience, with a duplicate
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:audience")))
          .sendKeys("C-1001\nC-1002\nC-1001\n");
      browser.screenshot("publication-wizard-2-audience");
      click(browser, By.id("wizard:next"));

      // step 3: now, a preview PDF, then create and submit
      String summary =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")))
              .getText();
      assertTrue(summary.contains(title) && summary.contains("2 recipients"), summary);
      click(browser, By.id("wizard:preview"));
      browser.waiting().until(d -> pdfDownloaded(browser));
      browser.screenshot("publication-wizard-3-schedule");
      click(browser, By.id("wizard:create"));
      String created =
          browser
              .waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".ui-messages-info")))
              .getText();
      Matcher m = Pattern.compile("Publication (\\d+) created for 2 recipients").matcher(created);
      assertTrue(m.find(), created);
      id = Long.parseLong(m.group(1));
      assertEquals(
          "SUBMITTED", Database.string("select state from vault.publication where id = ?", id));
      browser.screenshot("publication-list-submitted");
    }
    try (Browser browser = new Browser()) {
      browser.driver().get(INDEX);
      browser.loginAs("arthur", "arthur-demo-pw");
      click(browser, By.cssSelector(".approve-" + id));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("messages"), "Publication " + id + " approved."));
      browser.driver().get(Stack.PORTAL + "/backoffice/publications/dashboard.xhtml?id=" + id);
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(90))
          .until(ExpectedConditions.textToBe(By.id("count-documents"), "2"));
      browser
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Completed"));
      assertEquals("2", browser.driver().findElement(By.id("count-recipients")).getText());
      browser.screenshot("publication-dashboard");
    }
    assertEquals(
        2L,
        Database.count(
            "select count(*) from vault.document where external_reference like ?",
            "pub:" + id + ":%"));

    // the customer gets the email (no personal data, a link) and finds the notice in her inbox
    String doc =
        Database.string(
            "select id from vault.document where external_reference = ?", "pub:" + id + ":C-1001");
    assertEquals("SENT", DeliveryFixtures.awaitItem(doc, "EMAIL", "SENT", 120_000));
    String messageId = DeliveryFixtures.item(doc, "EMAIL", "message_id");
    Mailbox.Mail mail =
        Mailbox.messages("alice@example.com").stream()
            .filter(m -> messageId.equals(m.headers().get("Message-ID")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no email " + messageId + " for alice"));
    assertTrue(mail.body().contains(Stack.PORTAL), mail.body());
    assertTrue(!mail.body().contains(title), "the email does not carry the notice");
    try (Browser browser = new Browser()) {
      browser.driver().get(Stack.PORTAL + "/inbox.xhtml");
      browser.loginAs("alice", "alice-demo-pw");
      browser
          .waiting()
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.xpath("//span[@class='doc-title' and text()='" + title + "']")));
      browser.screenshot("publication-in-alice-inbox");
    }
  }

  private static void click(Browser browser, By by) {
    browser.waiting().until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  private static boolean pdfDownloaded(Browser browser) {
    try (Stream<java.nio.file.Path> files = Files.list(browser.downloads())) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".pdf"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
