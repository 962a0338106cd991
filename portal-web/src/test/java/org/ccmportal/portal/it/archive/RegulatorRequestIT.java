package org.ccmportal.portal.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.ccmportal.archive.verifier.PackageVerifier;
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
 * The regulator request workflow on the real WAR: a regulator files a request, an approver decides
 * it with a reason, the Jakarta Batch job builds the package, and only the requester downloads it;
 * the downloaded ZIP passes the offline verifier.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegulatorRequestIT {

  static String rita;
  static String arthur;
  static String alice;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    rita = Tokens.user("rita", "rita-demo-pw");
    arthur = Tokens.user("arthur", "arthur-demo-pw");
    alice = Tokens.user("alice", "alice-demo-pw");
  }

  static String request(String caseReference, String dueDate, String from) {
    return """
        {"caseReference":%s,"dueDate":"%s",
         "scope":{"from":"%s","to":"%s","customerIds":["C-1001"],"categories":[],"channels":[]}}
        """
        .formatted(
            caseReference == null ? "null" : "\"" + caseReference + "\"",
            dueDate,
            from,
            LocalDate.now().plusDays(1));
  }

  @Test
  void approvedRequestIsBuiltByTheBatchJobAndItsPackageVerifiesOffline() throws Exception {
    HttpResponse<String> published =
        Api.post(
            "/api/v1/communications",
            Tokens.billing(),
            Api.statement("C-1001", Api.uniqueReference("it-archive-export"), "Export test"));
    assertEquals(201, published.statusCode(), published.body());
    awaitArchived();

    String caseReference = "REG-" + UUID.randomUUID();
    HttpResponse<String> filed =
        Api.post(
            "/api/v1/archive/requests",
            rita,
            request(caseReference, LocalDate.now().plusDays(30).toString(), "2020-01-01"));
    assertEquals(201, filed.statusCode(), filed.body());
    String id = Api.json(filed).getString("id");
    assertEquals("REQUESTED", Api.json(filed).getString("status"));
    String path = "/api/v1/archive/requests/" + id;

    assertEquals(200, Api.get(path, arthur).statusCode());
    assertTrue(Api.get("/api/v1/archive/requests", arthur).body().contains(id));
    assertEquals(403, Api.get(path, alice).statusCode());
    assertEquals(401, Api.get(path, null).statusCode());
    assertEquals(
        403,
        Api.post(path + "/decision", rita, "{\"approve\":true,\"reason\":\"mine\"}").statusCode());
    ArchiveApiIT.assertBadRequest(
        Api.post(path + "/decision", arthur, "{\"approve\":true}"), "reason");
    ArchiveApiIT.assertBadRequest(
        Api.post(path + "/decision", arthur, "{\"reason\":\"ok\"}"), "approve");
    assertEquals(409, Api.get(path + "/package", rita).statusCode());

    HttpResponse<String> approved =
        Api.post(
            path + "/decision", arthur, "{\"approve\":true,\"reason\":\"within the case scope\"}");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals(
        409,
        Api.post(path + "/decision", arthur, "{\"approve\":false,\"reason\":\"again\"}")
            .statusCode());

    JsonObject ready = awaitReady(path);
    assertEquals(403, Api.getBytes(path + "/package", arthur).statusCode());
    assertEquals(403, Api.getBytes(path + "/package", alice).statusCode());
    HttpResponse<byte[]> zip = Api.getBytes(path + "/package", rita);
    assertEquals(200, zip.statusCode());
    assertEquals(
        ready.getString("packageSha256"), HexFormat.of().formatHex(MerkleHash.sha256(zip.body())));
    PackageVerifier.Result result =
        PackageVerifier.verify(PackageVerifier.readZip(new ByteArrayInputStream(zip.body())));
    assertTrue(result.ok(), result.message());
    assertEquals(ready.getInt("recordCount"), result.records());
    assertTrue(result.records() >= 1, result.message());
    assertTrue(Api.get(path, rita).body().contains("DOWNLOADED"));
  }

  @Test
  void rejectedRequestHasNoPackageAndBadRequestsNameTheField() throws Exception {
    HttpResponse<String> filed =
        Api.post(
            "/api/v1/archive/requests",
            rita,
            request("REG-REJECT", LocalDate.now().plusDays(3).toString(), "2020-01-01"));
    String path = "/api/v1/archive/requests/" + Api.json(filed).getString("id");
    JsonObject rejected =
        Api.json(
            Api.post(
                path + "/decision", arthur, "{\"approve\":false,\"reason\":\"out of scope\"}"));
    assertEquals("REJECTED", rejected.getString("status"));
    assertEquals(409, Api.get(path + "/package", rita).statusCode());

    String future = LocalDate.now().plusDays(3).toString();
    ArchiveApiIT.assertBadRequest(
        Api.post("/api/v1/archive/requests", rita, request(null, future, "2020-01-01")),
        "caseReference");
    ArchiveApiIT.assertBadRequest(
        Api.post("/api/v1/archive/requests", rita, request("R", "2020-01-01", "2020-01-01")),
        "dueDate");
    ArchiveApiIT.assertBadRequest(
        Api.post("/api/v1/archive/requests", rita, request("R", future, "last year")),
        "scope.from");
    assertEquals(
        403,
        Api.post("/api/v1/archive/requests", arthur, request("R", future, "2020-01-01"))
            .statusCode());
    assertEquals(
        403,
        Api.post("/api/v1/archive/requests", alice, request("R", future, "2020-01-01"))
            .statusCode());
    assertEquals(404, Api.get("/api/v1/archive/requests/" + UUID.randomUUID(), rita).statusCode());
  }

  private static void awaitArchived() throws Exception {
    for (int i = 0; i < 60; i++) {
      if (Database.count(
              "select count(*) from archive.record where customer_id = 'C-1001'"
                  + " and kind <> 'AUDIT'")
          > 0) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("nothing archived for C-1001");
  }

  private static JsonObject awaitReady(String path) throws Exception {
    for (int i = 0; i < 120; i++) {
      JsonObject r = Api.json(Api.get(path, rita));
      if (r.getString("status").equals("READY")) {
        return r;
      }
      if (r.getString("status").equals("FAILED")) {
        throw new AssertionError("export failed: " + r);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("export not ready in 60 s");
  }
}
