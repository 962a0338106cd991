package org.ccmportal.portal.it.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.MinioClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

/**
 * A page refused to a logged-in user (403) is an audit event in the archive, like a refused API
 * call: who, their role, the method, and the page as path and operation. A user with the role is
 * not audited, and an anonymous visitor is sent to log in, not audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeniedPageAuditIT {
  private static final String PAGE = "/backoffice/templates.xhtml";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void aCustomerOpeningABackOfficePageIsRefusedAndAuditedOnce() throws Exception {
    String session = sessionOf("alice", "alice-demo-pw", "/inbox.xhtml");
    long before = deniedCount();
    assertEquals(403, get(PAGE, session).statusCode());
    assertEquals(before + 1, deniedCount(), "exactly one audit event");
    JsonObject event = latestDenied();
    assertEquals("alice", event.getString("who"));
    assertEquals("customer", event.getString("role"));
    assertEquals("ACCESS_DENIED", event.getString("action"));
    assertEquals("GET", event.getJsonObject("details").getString("method"));
    assertEquals(PAGE, event.getJsonObject("details").getString("path"));
    assertEquals(PAGE, event.getJsonObject("details").getString("operation"));
  }

  @Test
  void aPublisherOpeningThePageIsNotAuditedNorIsAnAnonymousVisitor() throws Exception {
    String session = sessionOf("paula", "paula-demo-pw", PAGE);
    long before = deniedCount();
    assertEquals(200, get(PAGE, session).statusCode());

    HttpResponse<String> anonymous = get(PAGE, null);
    assertEquals(302, anonymous.statusCode(), "an anonymous visitor is sent to log in");
    assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login"));
    assertEquals(before, deniedCount(), "neither is a denied-access event");
  }

  /** Logs in through Keycloak in the browser, on a page the user may see; the session cookie. */
  private static String sessionOf(String user, String password, String page) throws Exception {
    try (Browser browser = new Browser()) {
      var driver = browser.driver();
      driver.get(Stack.PORTAL + page);
      browser.loginAs(user, password);
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      browser.waiting().until(ExpectedConditions.urlContains(page));
      return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }
  }

  private static HttpResponse<String> get(String path, String session) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Stack.PORTAL + path)).timeout(Duration.ofSeconds(30));
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long deniedCount() throws Exception {
    return Database.count(
        "select count(*) from archive.record where kind = 'AUDIT'"
            + " and event_id like 'access-denied:%'");
  }

  private static JsonObject latestDenied() throws Exception {
    String key =
        Database.string(
            "select object_key from archive.record where kind = 'AUDIT'"
                + " and event_id like 'access-denied:%' order by id desc limit 1");
    MinioClient s3 = Stack.s3();
    try (GetObjectResponse in =
        s3.getObject(GetObjectArgs.builder().bucket("archive").object(key).build())) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Json.createReader(new StringReader(json)).readObject();
    }
  }
}
