package org.ccmportal.portal.it.publications.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * The dashboard names channels and delivery statuses in words ("Portal inbox", "In the inbox"), in
 * its table and in its chart, never as the raw names the system uses (PORTAL, AVAILABLE).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardLabelsIT {
  private static final String BASE = "/api/v1/publications";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void deliveriesShowChannelAndStatusInWords() throws Exception {
    String paula = Tokens.user("paula", "paula-demo-pw");
    String arthur = Tokens.user("arthur", "arthur-demo-pw");
    long id = approvedPublication(paula, arthur);
    try (Browser browser = new Browser()) {
      String dashboard = Stack.PORTAL + "/backoffice/publications/dashboard.xhtml?id=" + id;
      browser.driver().get(dashboard);
      browser.loginAs("arthur", "arthur-demo-pw");
      browser.waiting().until(d -> d.getCurrentUrl().startsWith(Stack.PORTAL));
      browser.driver().get(dashboard);
      // regulatory notices always reach the portal inbox: wait until that event is counted
      browser
          .waiting(Duration.ofSeconds(120))
          .pollingEvery(Duration.ofSeconds(2))
          .until(
              d -> {
                String table = d.findElement(By.id("dashboard:deliveries")).getText();
                if (table.contains("Portal inbox")) {
                  return true;
                }
                d.navigate().refresh();
                return false;
              });
      String table = browser.driver().findElement(By.id("dashboard:deliveries")).getText();
      browser.screenshot("publication-dashboard-labels");
      assertTrue(table.contains("In the inbox"), table);
      assertFalse(table.contains("PORTAL"), table);
      assertFalse(table.contains("AVAILABLE"), table);
      // the chart's labels, as Chart.js holds them
      Object chart =
          browser
              .waiting()
              .until(
                  d ->
                      ((JavascriptExecutor) d)
                          .executeScript(
                              "var c = document.querySelector(\"[id='dashboard:chart'] canvas\");"
                                  + " var ch = c && window.Chart && Chart.getChart(c);"
                                  + " return ch ? JSON.stringify({labels: ch.data.labels,"
                                  + " datasets: ch.data.datasets.map(function (x) {"
                                  + " return x.label; })}) : null;"));
      String labels = String.valueOf(chart);
      assertTrue(
          labels.contains("\"Portal inbox\"") && labels.contains("\"In the inbox\""), labels);
      assertFalse(labels.contains("PORTAL") || labels.contains("AVAILABLE"), labels);
    }
  }

  /** A one-recipient regulatory notice by paula, approved by arthur. */
  private static long approvedPublication(String paula, String arthur) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("title", "Dashboard labels " + UUID.randomUUID().toString().substring(0, 8))
            .add("documentType", "REGULATORY_NOTICE")
            .add("templateVersion", Api.approvedVersion(paula, "notice"))
            .add("audience", Json.createArrayBuilder().add("C-1001"))
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("customerName", "Valued customer")
                    .add("title", "Changes to our terms")
                    .add("effectiveDate", "2026-12-01")
                    .add("paragraphs", Json.createArrayBuilder().add("Our terms change.")))
            .build()
            .toString();
    HttpResponse<String> created = Api.post(BASE, paula, body);
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    HttpResponse<String> submitted = Api.post(BASE + "/" + id + "/submit", paula, "");
    assertEquals(200, submitted.statusCode(), submitted.body());
    HttpResponse<String> approved = Api.post(BASE + "/" + id + "/approve", arthur, "");
    assertEquals(200, approved.statusCode(), approved.body());
    return id;
  }
}
