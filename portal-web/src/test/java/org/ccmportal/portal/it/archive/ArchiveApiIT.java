package org.ccmportal.portal.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.GetObjectArgs;
import io.minio.IsObjectLegalHoldEnabledArgs;
import io.minio.MinioClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.ccmportal.archive.domain.merkle.MerkleProofs;
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
 * The archive API on the real WAR: only regulators and approvers read it (customers and publishers
 * 403, anonymous 401), every proof verifies client-side against a signed tree head with the
 * published key, searches and views are audit records of the log, bad parameters are 400 naming the
 * field, and the application's database role cannot change or remove archive rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveApiIT {

  static String rita;
  static String arthur;
  static String alice;
  static String billing;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    rita = Tokens.user("rita", "rita-demo-pw");
    arthur = Tokens.user("arthur", "arthur-demo-pw");
    alice = Tokens.user("alice", "alice-demo-pw");
    billing = Tokens.billing();
  }

  @Test
  void applicationRoleCannotUpdateOrDeleteArchiveRows() throws Exception {
    try (Connection c =
            DriverManager.getConnection(Stack.DB_URL, Stack.DB_USER, Stack.DB_PASSWORD);
        Statement s = c.createStatement()) {
      for (String[] t :
          new String[][] {
            {"record", "kind"},
            {"tree_head", "tree_size"},
            {"signing_key", "purpose"},
            {"export_request", "case_reference"},
            {"export_request_event", "status"},
            {"export_package", "sha256"}
          }) {
        String table = t[0];
        String update = "update archive." + table + " set " + t[1] + " = " + t[1] + " where false";
        SQLException updateRefused =
            assertThrows(SQLException.class, () -> s.executeUpdate(update));
        assertEquals("42501", updateRefused.getSQLState(), updateRefused.getMessage());
        SQLException delete =
            assertThrows(
                SQLException.class,
                () -> s.executeUpdate("delete from archive." + table + " where false"));
        assertEquals("42501", delete.getSQLState(), delete.getMessage());
        SQLException truncate =
            assertThrows(SQLException.class, () -> s.executeUpdate("truncate archive." + table));
        assertEquals("42501", truncate.getSQLState(), truncate.getMessage());
      }
    }
    // the trigger stays as a second line: it refuses even a role that holds the privilege
    try (Connection c = ArchiveClient.superuser();
        Statement s = c.createStatement()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("update archive.record set kind = kind where id = -1"));
      assertEquals("P0001", refused.getSQLState(), refused.getMessage());
    }
  }

  @Test
  void treeHeadIsSignedByThePublishedKey() throws Exception {
    PublicKey key = ArchiveClient.publicKey(rita);
    JsonObject head = ArchiveClient.treeHead(rita);
    assertTrue(head.getJsonNumber("treeSize").longValue() >= 1);
    assertTrue(ArchiveClient.signatureHolds(head, key), "signature of " + head);
    assertEquals(
        ArchiveClient.HEX.formatHex(MerkleHash.sha256(key.getEncoded())), head.getString("keyId"));
    assertTrue(ArchiveClient.signatureHolds(ArchiveClient.treeHead(arthur), key));

    assertEquals(403, Api.get("/api/v1/archive/tree-head", alice).statusCode());
    assertEquals(403, Api.get("/api/v1/archive/tree-head", billing).statusCode());
    assertEquals(401, Api.get("/api/v1/archive/tree-head", null).statusCode());
  }

  @Test
  void inclusionProofOfARecordVerifiesAgainstTheSignedTreeHead() throws Exception {
    long recordId = ArchiveClient.search(rita, "customerId=C-1001&limit=5");
    JsonObject head = ArchiveClient.treeHead(rita);
    long size = head.getJsonNumber("treeSize").longValue();
    assertTrue(ArchiveClient.signatureHolds(head, ArchiveClient.publicKey(rita)));

    JsonObject proof =
        ArchiveClient.ok(
            Api.get(
                "/api/v1/archive/records/" + recordId + "/inclusion-proof?treeSize=" + size, rita));
    byte[] leafHash = MerkleHash.leafHash(proof.getString("leaf").getBytes(StandardCharsets.UTF_8));
    assertEquals(proof.getString("leafHash"), ArchiveClient.HEX.formatHex(leafHash));
    assertTrue(
        MerkleProofs.verifyInclusion(
            proof.getJsonNumber("leafIndex").longValue(),
            size,
            leafHash,
            ArchiveClient.hashes(proof, "auditPath"),
            ArchiveClient.HEX.parseHex(head.getString("rootHash"))),
        "inclusion proof " + proof + " against " + head);
    assertTrue(proof.getString("leaf").contains("\"kind\":\"AUDIT\""));

    // approver may read it too; without treeSize the latest head is used
    assertEquals(
        200,
        Api.get("/api/v1/archive/records/" + recordId + "/inclusion-proof", arthur).statusCode());
    String path = "/api/v1/archive/records/" + recordId + "/inclusion-proof?treeSize=" + size;
    assertEquals(403, Api.get(path, alice).statusCode());
    assertEquals(401, Api.get(path, null).statusCode());
    assertBadRequest(Api.get(path.replace("=" + size, "=abc"), rita), "treeSize");
    assertBadRequest(Api.get(path.replace("=" + size, "=99999999999"), rita), "treeSize");
    assertBadRequest(Api.get("/api/v1/archive/records/abc/inclusion-proof?treeSize=1", rita), "id");
    assertEquals(
        404,
        Api.get("/api/v1/archive/records/999999999/inclusion-proof?treeSize=1", rita).statusCode());
  }

  @Test
  void consistencyProofBetweenTwoSignedHeadsVerifies() throws Exception {
    ArchiveClient.search(rita, "limit=1");
    JsonObject first = ArchiveClient.treeHead(rita);
    ArchiveClient.search(rita, "limit=1");
    JsonObject second = ArchiveClient.treeHead(rita);
    long m = first.getJsonNumber("treeSize").longValue();
    long n = second.getJsonNumber("treeSize").longValue();
    assertTrue(n > m);
    JsonObject proof =
        ArchiveClient.ok(
            Api.get("/api/v1/archive/consistency-proof?first=" + m + "&second=" + n, rita));
    assertTrue(
        MerkleProofs.verifyConsistency(
            m,
            n,
            ArchiveClient.HEX.parseHex(first.getString("rootHash")),
            ArchiveClient.HEX.parseHex(second.getString("rootHash")),
            ArchiveClient.hashes(proof, "proof")));

    String path = "/api/v1/archive/consistency-proof?first=" + m + "&second=" + n;
    assertEquals(200, Api.get(path, arthur).statusCode());
    assertEquals(403, Api.get(path, alice).statusCode());
    assertEquals(401, Api.get(path, null).statusCode());
    assertBadRequest(Api.get("/api/v1/archive/consistency-proof?second=" + n, rita), "first");
    assertBadRequest(
        Api.get("/api/v1/archive/consistency-proof?first=0&second=" + n, rita), "first");
    assertBadRequest(
        Api.get("/api/v1/archive/consistency-proof?first=" + n + "&second=" + m, rita), "second");
  }

  @Test
  void searchIsPagedAndEverySearchIsAnAuditRecordWithItsCaseReference() throws Exception {
    String caseReference = "CASE-" + UUID.randomUUID();
    HttpResponse<String> response =
        Api.get(
            "/api/v1/archive/records?customerId=C-1001&from=2020-01-01&limit=2&offset=0"
                + "&caseReference="
                + caseReference,
            rita);
    JsonObject page = ArchiveClient.ok(response);
    assertTrue(page.getJsonArray("records").size() <= 2);
    for (JsonObject r : page.getJsonArray("records").getValuesAs(JsonObject.class)) {
      assertEquals("C-1001", r.getString("customerId"));
    }
    long auditId = page.getJsonNumber("auditRecordId").longValue();
    assertEquals("AUDIT", Database.string("select kind from archive.record where id = ?", auditId));
    String key = Database.string("select object_key from archive.record where id = ?", auditId);
    MinioClient s3 = Stack.s3();
    String event;
    try (var in = s3.getObject(GetObjectArgs.builder().bucket("archive").object(key).build())) {
      event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(event.contains("\"who\":\"rita\""), event);
    assertTrue(event.contains("\"role\":\"regulator\""), event);
    assertTrue(event.contains("\"action\":\"SEARCH\""), event);
    assertTrue(event.contains("\"caseReference\":\"" + caseReference + "\""), event);

    // the audit trail: audit records by kind, and the audit event itself as the record's content
    JsonObject trail =
        ArchiveClient.ok(Api.get("/api/v1/archive/records?kind=AUDIT&limit=5", arthur));
    for (JsonObject r : trail.getJsonArray("records").getValuesAs(JsonObject.class)) {
      assertEquals("AUDIT", r.getString("kind"));
    }
    HttpResponse<String> content =
        Api.get("/api/v1/archive/records/" + auditId + "/content", arthur);
    assertEquals(200, content.statusCode());
    assertTrue(content.body().contains("\"caseReference\":\"" + caseReference + "\""));
    assertTrue(
        content.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    long viewAudit =
        Long.parseLong(content.headers().firstValue("X-Archive-Audit-Record").orElseThrow());
    assertEquals(
        "AUDIT", Database.string("select kind from archive.record where id = ?", viewAudit));
    String contentPath = "/api/v1/archive/records/" + auditId + "/content";
    assertEquals(403, Api.get(contentPath, alice).statusCode());
    assertEquals(401, Api.get(contentPath, null).statusCode());
    assertBadRequest(Api.get("/api/v1/archive/records/x/content", arthur), "id");
    assertEquals(404, Api.get("/api/v1/archive/records/999999999/content", arthur).statusCode());

    assertEquals(200, Api.get("/api/v1/archive/records?limit=1", arthur).statusCode());
    assertEquals(403, Api.get("/api/v1/archive/records", alice).statusCode());
    assertEquals(403, Api.get("/api/v1/archive/records", billing).statusCode());
    assertEquals(401, Api.get("/api/v1/archive/records", null).statusCode());
    assertBadRequest(Api.get("/api/v1/archive/records?limit=0", rita), "limit");
    assertBadRequest(Api.get("/api/v1/archive/records?offset=-1", rita), "offset");
    assertBadRequest(Api.get("/api/v1/archive/records?from=yesterday", rita), "from");
    assertBadRequest(Api.get("/api/v1/archive/records?from=2026-02-01&to=2026-01-01", rita), "to");
  }

  @Test
  void thePublicKeyIsPublicAndVerificationNeedsAToken() throws Exception {
    var key = Api.get("/api/v1/archive/public-key", null);
    assertEquals(200, key.statusCode());
    assertTrue(key.body().contains("BEGIN PUBLIC KEY"), key.body());
    assertEquals(403, Api.post("/api/v1/archive/verifications", alice, "").statusCode());
    assertEquals(401, Api.post("/api/v1/archive/verifications", null, "").statusCode());
    JsonObject report = ArchiveClient.ok(Api.post("/api/v1/archive/verifications", arthur, ""));
    assertTrue(report.getBoolean("ok"), report.toString());
    assertFalse(report.getJsonNumber("checkedRecords").longValue() < 1);
  }

  @Test
  void approverPlacesAndReleasesLegalHoldForACaseReadBackFromTheStore() throws Exception {
    long recordId = ArchiveClient.search(arthur, "limit=1");
    String key = Database.string("select object_key from archive.record where id = ?", recordId);
    MinioClient s3 = Stack.s3();
    IsObjectLegalHoldEnabledArgs held =
        IsObjectLegalHoldEnabledArgs.builder().bucket("archive").object(key).build();
    String path = "/api/v1/archive/records/" + recordId + "/legal-hold";
    String caseReference = "HOLD-" + UUID.randomUUID();

    JsonObject placed =
        ArchiveClient.ok(Api.put(path + "?caseReference=" + caseReference, arthur, ""));
    assertTrue(placed.getBoolean("legalHold"));
    assertTrue(s3.isObjectLegalHoldEnabled(held));
    long placeAudit = placed.getJsonNumber("auditRecordId").longValue();
    assertEquals(
        "AUDIT", Database.string("select kind from archive.record where id = ?", placeAudit));

    HttpResponse<String> released = ArchiveClient.delete(path, arthur, caseReference);
    assertFalse(ArchiveClient.ok(released).getBoolean("legalHold"));
    assertFalse(s3.isObjectLegalHoldEnabled(held));

    assertBadRequest(Api.put(path, arthur, ""), "caseReference");
    assertEquals(403, Api.put(path + "?caseReference=X", rita, "").statusCode());
    assertEquals(403, Api.put(path + "?caseReference=X", alice, "").statusCode());
    assertEquals(401, Api.put(path + "?caseReference=X", null, "").statusCode());
    assertEquals(403, ArchiveClient.delete(path, rita, "X").statusCode());
    assertEquals(
        404,
        Api.put("/api/v1/archive/records/999999999/legal-hold?caseReference=X", arthur, "")
            .statusCode());
    assertFalse(s3.isObjectLegalHoldEnabled(held));
  }

  static void assertBadRequest(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(field, Api.json(response).getString("field"), response.body());
  }
}
