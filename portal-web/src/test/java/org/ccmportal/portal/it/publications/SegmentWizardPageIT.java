package org.ccmportal.portal.it.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Browser;
import org.ccmportal.portal.it.Database;
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
 * Paula picks the audience of a publication as a segment in the wizard: a region and a product. The
 * summary counts the segment's customers, the publication keeps the segment, and its recipients are
 * exactly the customers who matched. A list and a segment together, or a segment nobody is in, are
 * refused on the step with a message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SegmentWizardPageIT {
  private static final String INDEX = Stack.PORTAL + "/backoffice/publications/index.xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void aPublicationToARegionAndProductFromTheWizard() throws Exception {
    String region = "PG" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String billing = Tokens.billing();
    String[] matching = {profiled(billing, region, "ISA"), profiled(billing, region, "ISA")};
    profiled(billing, region, "MORTGAGE");
    String title = "Segment notice " + UUID.randomUUID().toString().substring(0, 8);

    try (Browser browser = new Browser()) {
      var driver = browser.driver();
      driver.get(INDEX);
      browser.loginAs("paula", "paula-demo-pw");
      click(browser, By.id("publications:new"));
      TemplateMenu.chooseNotice(browser, null);
      driver.findElement(By.id("wizard:title")).sendKeys(title);
      click(browser, By.id("wizard:next"));

      // a list and a segment together: refused on the step
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:audience")))
          .sendKeys("C-1001");
      driver.findElement(By.id("wizard:region")).sendKeys(region);
      click(browser, By.id("wizard:next"));
      assertTrue(
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:messages")))
              .getText()
              .contains("either a list of customer ids or a segment"));

      // nobody in the segment
      driver.findElement(By.id("wizard:audience")).clear();
      driver.findElement(By.id("wizard:product")).sendKeys("NO-SUCH-PRODUCT");
      click(browser, By.id("wizard:next"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("wizard:messages"), "No customer is in this segment."));

      driver.findElement(By.id("wizard:product")).clear();
      driver.findElement(By.id("wizard:product")).sendKeys("isa");
      browser.screenshot("publication-wizard-2-segment");
      click(browser, By.id("wizard:next"));
      String summary =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")))
              .getText();
      assertTrue(summary.contains(title) && summary.contains("2 recipients"), summary);
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
      long id = Long.parseLong(m.group(1));
      assertEquals(
          "region=" + region + " product=ISA",
          Database.string("select audience_segment from vault.publication where id = ?", id));
      assertEquals(
          java.util.Arrays.stream(matching).sorted().toList(),
          Database.strings(
              "select customer_id from vault.publication_recipient where publication_id = ?"
                  + " order by customer_id",
              id));
    }
  }

  private static String profiled(String token, String region, String product) throws Exception {
    String customer = DeliveryFixtures.newCustomer();
    HttpResponse<String> put =
        Api.put(
            "/api/v1/customers/" + customer + "/profile",
            token,
            "{\"region\":\"" + region + "\",\"products\":[\"" + product + "\"]}");
    assertEquals(200, put.statusCode(), put.body());
    return customer;
  }

  private static void click(Browser browser, By by) {
    browser.waiting().until(ExpectedConditions.elementToBeClickable(by)).click();
  }
}
