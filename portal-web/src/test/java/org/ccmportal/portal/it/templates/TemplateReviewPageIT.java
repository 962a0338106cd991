package org.ccmportal.portal.it.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Browser;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The decision on a template version taken beside its changes, in a real browser. Each test has a
 * template of its own: version 1 in force and version 2, written by paula with one line changed, in
 * review. arthur (approver) sees the changed lines and, right under them, the decision: a rejection
 * without a reason is refused with the reason's error and changes nothing; with a reason it is
 * rejected; an approval puts the version in force; a decision someone else took first is shown, not
 * overwritten. paula (publisher) sees the changes but no decision, and a decision forged in her
 * page changes nothing. No demo user is both publisher and approver, so the four-eyes refusal of an
 * author's own decision is proven at the API (TemplateLifecycleIT), not here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplateReviewPageIT {
  private static final String OLD_LINE =
      "font-size=\"16pt\" font-weight=\"bold\" color=\"#1F3A5F\"";
  private static final String NEW_LINE =
      "font-size=\"18pt\" font-weight=\"bold\" color=\"#1F3A5F\"";

  static String paula;
  static String arthur;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  /** Fresh tokens for each test: a browser journey takes longer than some tokens live. */
  @BeforeEach
  void tokens() throws Exception {
    paula = Tokens.user("paula", "paula-demo-pw");
    arthur = Tokens.user("arthur", "arthur-demo-pw");
  }

  @Test
  void aRejectionNeedsAReasonAndIsTakenBesideTheChanges() throws Exception {
    String id = reviewableTemplate();
    try (Browser browser = new Browser()) {
      openAsArthur(browser, id);
      assertTrue(row(browser, "diff-REMOVED").getText().contains(OLD_LINE));
      assertTrue(row(browser, "diff-ADDED").getText().contains(NEW_LINE));
      assertTrue(text(browser, "diff-state").contains("Version 2: In review, written by paula"));
      ((JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('review').scrollIntoView({block:'end'});");
      browser.screenshot("template-review-1280");

      click(browser, "templates:rejectVersion");
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("templates:comment-error"), "a rejection needs a comment saying why"));
      assertTrue(
          text(browser, "templates:comment-error").contains("Version 2 was not decided"),
          text(browser, "templates:comment-error"));
      assertEquals(
          "true",
          browser.driver().findElement(By.id("templates:comment")).getAttribute("aria-invalid"));
      // the refused field takes the focus; its description carries the error
      assertEquals("templates:comment", focusedId(browser));
      assertTrue(
          browser
              .driver()
              .findElement(By.id("templates:comment"))
              .getAttribute("aria-describedby")
              .contains("templates:comment-error"));
      browser.screenshot("template-review-reason-missing");
      assertEquals("IN_REVIEW", status(id, 2));
      assertEquals(0L, decisions(id));

      browser.driver().findElement(By.id("templates:comment")).sendKeys("Title too large for A4");
      click(browser, "templates:rejectVersion");
      awaitMessage(browser, "Version 2 rejected.");
      assertTrue(text(browser, "diff-state").contains("Version 2: Rejected, written by paula"));
      assertTrue(text(browser, "diff-state").contains("arthur: Rejected – Title too large for A4"));
      assertTrue(browser.driver().findElements(By.id("templates:rejectVersion")).isEmpty());
      assertTrue(versionRow(browser, 2).getText().contains("Rejected"));
    }
    JsonObject v2 = version(id, 2);
    assertEquals("REJECTED", v2.getString("status"));
    assertEquals(
        "Title too large for A4",
        v2.getJsonArray("decisions").getJsonObject(0).getString("comment"));
    assertEquals(1, Api.approvedVersion(arthur, id));
  }

  @Test
  void anApprovalPutsTheVersionInForceAndFitsANarrowScreen() throws Exception {
    String id = reviewableTemplate();
    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      openAsArthur(browser, id);
      ((JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('review').scrollIntoView();");
      browser.screenshot("template-review-390");
      long overflow =
          (Long)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth;");
      assertEquals(0L, overflow, "the page is wider than a 390 px screen");

      browser
          .driver()
          .findElement(By.id("templates:comment"))
          .sendKeys("Checked against the brief");
      click(browser, "templates:approveVersion");
      awaitMessage(browser, "Version 2 approved; it is now in force.");
      assertTrue(text(browser, "diff-state").contains("Version 2: Approved, written by paula"));
      assertTrue(browser.driver().findElements(By.id("templates:approveVersion")).isEmpty());
      String inForce =
          browser
              .driver()
              .findElement(By.xpath("//tr[td[1][normalize-space()='" + id + "']]"))
              .getText();
      assertTrue(inForce.contains("2 · Approved"), inForce);
    }
    assertEquals("APPROVED", status(id, 2));
    assertEquals("RETIRED", status(id, 1));
    assertEquals(2, Api.approvedVersion(arthur, id));
  }

  @Test
  void aDecisionTakenElsewhereFirstIsShownNotOverwritten() throws Exception {
    String id = reviewableTemplate();
    try (Browser browser = new Browser()) {
      openAsArthur(browser, id);
      HttpResponse<String> elsewhere =
          Api.post(
              "/api/v1/templates/" + id + "/versions/2/reject",
              arthur,
              "{\"comment\":\"Decided in another tab\"}");
      assertEquals(200, elsewhere.statusCode(), elsewhere.body());

      click(browser, "templates:approveVersion");
      awaitMessage(browser, "Version 2 was not decided");
      assertTrue(
          text(browser, "templates:messages").contains("only a version in status IN_REVIEW"),
          text(browser, "templates:messages"));
      assertTrue(text(browser, "diff-state").contains("Version 2: Rejected, written by paula"));
      assertTrue(browser.driver().findElements(By.id("templates:approveVersion")).isEmpty());
      assertTrue(browser.driver().getPageSource().indexOf("Exception") < 0);
    }
    assertEquals("REJECTED", status(id, 2));
    assertEquals(1L, decisions(id));
    assertEquals(1, Api.approvedVersion(arthur, id));
  }

  @Test
  void aPublisherSeesTheChangesButCannotDecideNotEvenByAForgedRequest() throws Exception {
    String id = reviewableTemplate();
    try (Browser browser = new Browser()) {
      browser.driver().get(Stack.PORTAL + "/backoffice/templates.xhtml");
      browser.loginAs("paula", "paula-demo-pw");
      browser
          .waiting()
          .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".open-" + id)))
          .click();
      browser
          .waiting()
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath(
                      "//tr[td[1][normalize-space()='2']]//button[.//span[text()='Show changes']]")))
          .click();
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.diff-ADDED")));
      assertTrue(browser.driver().findElements(By.id("templates:approveVersion")).isEmpty());
      assertTrue(browser.driver().findElements(By.id("templates:rejectVersion")).isEmpty());
      assertTrue(browser.driver().findElements(By.id("templates:comment")).isEmpty());

      // the decision's ajax request, sent as if the button were there
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      js.executeScript(
          "PrimeFaces.ab({s:'templates:approveVersion',f:'templates',"
              + "p:'templates:approveVersion',u:'templates'});");
      browser
          .waiting()
          .until(d -> (Boolean) js.executeScript("return PrimeFaces.ajax.Queue.isEmpty();"));
    }
    assertEquals("IN_REVIEW", status(id, 2));
    assertEquals(0L, decisions(id));
  }

  /** A template of its own: version 1 (a copy of the notice) in force, version 2 in review. */
  private static String reviewableTemplate() throws Exception {
    String id = "it-review-" + UUID.randomUUID().toString().substring(0, 8);
    String base = "/api/v1/templates/" + id + "/versions";
    JsonObject notice = Api.json(Api.get("/api/v1/templates/notice/versions/1", paula));
    String xslt = notice.getString("xslt");
    assertTrue(xslt.contains(OLD_LINE), "the notice's title line");
    assertEquals(201, Api.post(base, paula, draft(xslt, notice)).statusCode());
    assertEquals(200, Api.post(base + "/1/submit", paula, "").statusCode());
    assertEquals(200, Api.post(base + "/1/approve", arthur, "{}").statusCode());
    HttpResponse<String> v2 =
        Api.post(base, paula, draft(xslt.replace(OLD_LINE, NEW_LINE), notice));
    assertEquals(201, v2.statusCode(), v2.body());
    assertEquals(2, Api.json(v2).getInt("version"));
    assertEquals(200, Api.post(base + "/2/submit", paula, "").statusCode());
    return id;
  }

  private static String draft(String xslt, JsonObject notice) {
    return Json.createObjectBuilder()
        .add("xslt", xslt)
        .add("sampleData", notice.getString("sampleData"))
        .build()
        .toString();
  }

  /** arthur opens the template; the newest version he may review shows its changes. */
  private static void openAsArthur(Browser browser, String id) {
    browser.driver().get(Stack.PORTAL + "/backoffice/templates.xhtml");
    browser.loginAs("arthur", "arthur-demo-pw");
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".open-" + id)))
        .click();
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("diff-title"), "Changes in version 2 compared with version 1 (Approved)"));
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.id("templates:rejectVersion")));
  }

  private static void click(Browser browser, String id) {
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  private static void awaitMessage(Browser browser, String text) {
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("templates:messages"), text));
  }

  private static WebElement row(Browser browser, String kind) {
    return browser
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table.diff-xslt tr." + kind)));
  }

  private static WebElement versionRow(Browser browser, int version) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//tbody[contains(@id,'versions')]/tr[td[1][normalize-space()='"
                    + version
                    + "']]"));
  }

  private static String text(Browser browser, String id) {
    return browser.driver().findElement(By.id(id)).getText();
  }

  private static String focusedId(Browser browser) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript("return document.activeElement && document.activeElement.id;");
  }

  private static JsonObject version(String id, int version) throws Exception {
    return Api.json(Api.get("/api/v1/templates/" + id + "/versions/" + version, arthur));
  }

  private static String status(String id, int version) throws Exception {
    return version(id, version).getString("status");
  }

  private static long decisions(String id) throws Exception {
    return Database.count(
        "select count(*) from vault.template_decision d join vault.template_version v"
            + " on v.id = d.template_version_id where v.template_id = ? and v.version_number = 2",
        id);
  }
}
