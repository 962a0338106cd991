package org.ccmportal.portal.it.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * Two approvals of different versions of one template at the same moment: one wins, the other is
 * refused with 409 and a message saying what happened (never a 500), and exactly one version is in
 * force. The test makes the moment the same for both: it holds the two versions' rows locked until
 * both requests wait on them, then lets both go at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplateApprovalRaceIT {

  static String paula;
  static String arthur;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    paula = Tokens.user("paula", "paula-demo-pw");
    arthur = Tokens.user("arthur", "arthur-demo-pw");
  }

  @Test
  void theSecondOfTwoSimultaneousApprovalsGets409AndOneVersionIsInForce() throws Exception {
    String id = "it-race-" + UUID.randomUUID().toString().substring(0, 8);
    String base = "/api/v1/templates/" + id + "/versions";
    JsonObject notice = Api.json(Api.get("/api/v1/templates/notice/versions/1", arthur));
    String draft =
        Json.createObjectBuilder()
            .add("xslt", notice.getString("xslt"))
            .add("sampleData", notice.getString("sampleData"))
            .build()
            .toString();
    for (int v = 1; v <= 3; v++) {
      assertEquals(201, Api.post(base, paula, draft).statusCode());
      assertEquals(200, Api.post(base + "/" + v + "/submit", paula, "").statusCode());
    }
    assertEquals(200, Api.post(base + "/1/approve", arthur, "{}").statusCode());

    HttpResponse<String> first;
    HttpResponse<String> second;
    try (Connection c =
        DriverManager.getConnection(Stack.DB_URL, Stack.DB_USER, Stack.DB_PASSWORD)) {
      c.setAutoCommit(false);
      try (PreparedStatement lock =
          c.prepareStatement(
              "select id from vault.template_version where template_id = ?"
                  + " and version_number in (2, 3) for update")) {
        lock.setString(1, id);
        lock.executeQuery().close();
      }
      CompletableFuture<HttpResponse<String>> a = Http.postAsync(base + "/2/approve", arthur, "{}");
      CompletableFuture<HttpResponse<String>> b = Http.postAsync(base + "/3/approve", arthur, "{}");
      awaitWaiting(c, 2);
      c.commit();
      first = a.get(60, TimeUnit.SECONDS);
      second = b.get(60, TimeUnit.SECONDS);
    }

    List<Integer> statuses =
        List.of(first.statusCode(), second.statusCode()).stream().sorted().toList();
    assertEquals(List.of(200, 409), statuses, first.body() + " / " + second.body());
    HttpResponse<String> refused = first.statusCode() == 409 ? first : second;
    assertEquals("status", Api.json(refused).getString("field"));
    assertTrue(
        Api.json(refused).getString("message").contains("approved at the same time"),
        refused.body());
    assertEquals(
        1L,
        Database.count(
            "select count(*) from vault.template_version where template_id = ?"
                + " and status = 'APPROVED'",
            id));
    assertEquals(
        "RETIRED",
        Database.string(
            "select status from vault.template_version where template_id = ?"
                + " and version_number = 1",
            id));
    // the refused approval left no decision behind
    assertEquals(
        2L,
        Database.count(
            "select count(*) from vault.template_decision d join vault.template_version v"
                + " on v.id = d.template_version_id where v.template_id = ?",
            id));
  }

  /** Waits until {@code n} other sessions wait for a lock this session holds. */
  private static void awaitWaiting(Connection c, int n) throws Exception {
    // sessions of another role hide their query text, but not whom they wait for
    String sql =
        "select count(distinct pid) from pg_locks"
            + " where not granted and pg_blocking_pids(pid) @> array[pg_backend_pid()]";
    for (int i = 0; i < 100; i++) {
      try (PreparedStatement ps = c.prepareStatement(sql);
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getInt(1) >= n) {
          return;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the two approvals did not both reach the database");
  }
}
