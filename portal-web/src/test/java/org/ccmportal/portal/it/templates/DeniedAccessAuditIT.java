package org.ccmportal.portal.it.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.MinioClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A refused call to a template or retention endpoint is an audit event in the archive: who, their
 * role, what they tried. An allowed call is not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeniedAccessAuditIT {

  static String alice;
  static String paula;
  static String adam;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    alice = Tokens.user("alice", "alice-demo-pw");
    paula = Tokens.user("paula", "paula-demo-pw");
    adam = Tokens.user("adam", "adam-demo-pw");
  }

  @Test
  void aCustomerReadingTemplatesIsRefusedAndAudited() throws Exception {
    long before = deniedCount();
    assertEquals(403, Api.get("/api/v1/templates", alice).statusCode());
    assertEquals(before + 1, deniedCount());
    JsonObject event = latestDenied();
    assertEquals("alice", event.getString("who"));
    assertEquals("customer", event.getString("role"));
    assertEquals("ACCESS_DENIED", event.getString("action"));
    assertEquals("GET", event.getJsonObject("details").getString("method"));
    assertEquals("/v1/templates", event.getJsonObject("details").getString("path"));
    assertEquals("TemplatesResource.list", event.getJsonObject("details").getString("operation"));
  }

  @Test
  void aPublisherChangingARetentionRuleIsRefusedAndAuditedButAnAdminReadIsNot() throws Exception {
    long before = deniedCount();
    String rule =
        "{\"documentType\":\"REGULATORY_NOTICE\",\"period\":\"P1Y\",\"trigger\":\"ISSUE_DATE\"}";
    assertEquals(403, Api.put("/api/v1/retention-rules", paula, rule).statusCode());
    assertEquals(before + 1, deniedCount());
    JsonObject event = latestDenied();
    assertEquals("paula", event.getString("who"));
    assertEquals("publisher", event.getString("role"));
    assertEquals("PUT", event.getJsonObject("details").getString("method"));
    assertEquals("RetentionResource.change", event.getJsonObject("details").getString("operation"));
    assertEquals(
        "P7Y",
        Database.string(
            "select retention_period from vault.retention_rule"
                + " where document_type = 'REGULATORY_NOTICE'"),
        "the refused change changed nothing");

    assertEquals(200, Api.get("/api/v1/retention-rules", adam).statusCode());
    assertEquals(before + 1, deniedCount(), "an allowed call is no denied-access event");
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
