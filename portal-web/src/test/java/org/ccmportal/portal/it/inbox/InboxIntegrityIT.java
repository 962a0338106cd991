package org.ccmportal.portal.it.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stored bytes that no longer match their recorded SHA-256 are never served, to the API or the
 * browser, and each refusal is archived as an INTEGRITY_FAILURE audit event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxIntegrityIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void tamperedBytesAreRefusedAndAudited() throws Exception {
    String billing = Tokens.billing();
    String alice = Tokens.user("alice", "alice-demo-pw");
    // a unique title makes unique bytes, so the tampered object is this document's alone
    String id =
        InboxFixtures.publish(
            billing, "C-1001", "STATEMENT", "Tamper " + java.util.UUID.randomUUID());
    String sha256 =
        Database.string("select content_sha256 from vault.document where id = ?::uuid", id);
    String key = Database.string("select object_key from vault.document where id = ?::uuid", id);

    MinioClient s3 = Stack.s3();
    byte[] forged = "%PDF-1.7 forged content".getBytes(StandardCharsets.US_ASCII);
    s3.putObject(
        PutObjectArgs.builder().bucket("documents").object(key).stream(
                new ByteArrayInputStream(forged), (long) forged.length, -1L)
            .contentType("application/pdf")
            .build());
    try (var in = s3.getObject(GetObjectArgs.builder().bucket("documents").object(key).build())) {
      assertEquals(forged.length, in.readAllBytes().length, "the store took the forged bytes");
    }

    HttpResponse<byte[]> api = Api.getBytes("/api/v1/documents/" + id + "/content", alice);
    assertEquals(500, api.statusCode());
    String body = new String(api.body(), StandardCharsets.UTF_8);
    assertFalse(body.contains("forged"), "never the bytes");
    assertFalse(body.contains("Exception"), "no exception names");
    assertEquals(
        "an internal error occurred",
        Json.createReader(new StringReader(body)).readObject().getString("message"));

    assertEquals(
        1,
        Database.count(
            "select count(*) from archive.record where kind = 'INTEGRITY_FAILURE'"
                + " and event_id like ?",
            "integrity:" + id + ":%"));
    String auditKey =
        Database.string(
            "select object_key from archive.record where event_id like ?",
            "integrity:" + id + ":%");
    JsonObject audit;
    try (var in =
        s3.getObject(GetObjectArgs.builder().bucket("archive").object(auditKey).build())) {
      audit =
          Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
              .readObject();
    }
    assertEquals(id, audit.getString("documentId"));
    assertEquals(sha256, audit.getString("expectedSha256"));
    assertEquals("alice", audit.getString("requestedBy"));
    assertTrue(audit.getString("actualSha256").matches("[0-9a-f]{64}"));
    assertTrue(
        Database.string("select read_at from vault.document where id = ?::uuid", id) == null,
        "a refused document is not marked read");
  }
}
