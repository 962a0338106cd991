package org.ccmportal.portal.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
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
 * The verification job detects tampering behind the application's back and names the record: a row
 * changed by the database superuser (triggers disabled for that session), and an object whose bytes
 * were replaced on the S3 server. Each test tampers with a record it made itself and restores it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveTamperIT {

  static String rita;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @BeforeAll
  static void tokens() throws Exception {
    rita = Tokens.user("rita", "rita-demo-pw");
  }

  @Test
  void rowChangedByTheSuperuserIsDetectedAndNamed() throws Exception {
    long own = ArchiveClient.search(rita, "limit=1&caseReference=TAMPER-ROW");
    ArchiveClient.treeHead(rita);
    assertTrue(verify().getBoolean("ok"), "clean before tampering");
    try {
      superuserUpdate("update archive.record set customer_id = 'C-TAMPERED' where id = ?", own);
      JsonObject report = verify();
      assertFalse(report.getBoolean("ok"));
      assertEquals(own, report.getJsonNumber("firstBadRecordId").longValue(), report.toString());
      assertTrue(report.getString("problem").contains("leaf hash"), report.toString());
    } finally {
      superuserUpdate("update archive.record set customer_id = null where id = ?", own);
    }
    assertTrue(verify().getBoolean("ok"), "clean after restoring");
  }

  @Test
  void objectBytesReplacedOnTheServerAreDetectedAndNamed() throws Exception {
    long own = ArchiveClient.search(rita, "limit=1&caseReference=TAMPER-OBJECT");
    ArchiveClient.treeHead(rita);
    String key = Database.string("select object_key from archive.record where id = ?", own);
    MinioClient s3 = Stack.s3();
    byte[] original;
    try (var in = s3.getObject(GetObjectArgs.builder().bucket("archive").object(key).build())) {
      original = in.readAllBytes();
    }
    byte[] tampered = original.clone();
    tampered[tampered.length / 2] ^= 0x01;
    try {
      put(s3, key, tampered);
      JsonObject report = verify();
      assertFalse(report.getBoolean("ok"));
      assertEquals(own, report.getJsonNumber("firstBadRecordId").longValue(), report.toString());
      assertTrue(report.getString("problem").contains("SHA-256"), report.toString());
    } finally {
      put(s3, key, original);
    }
    assertTrue(verify().getBoolean("ok"), "clean after restoring");
  }

  private static JsonObject verify() throws Exception {
    return ArchiveClient.ok(Api.post("/api/v1/archive/verifications", rita, ""));
  }

  private static void put(MinioClient s3, String key, byte[] bytes) throws Exception {
    s3.putObject(
        PutObjectArgs.builder()
            .bucket("archive")
            .object(key)
            .data(bytes, bytes.length)
            .contentType("application/json")
            .build());
  }

  /** Runs one statement as the superuser with the append-only triggers off for that session. */
  private static void superuserUpdate(String sql, long id) throws Exception {
    try (Connection c = ArchiveClient.superuser()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("set local session_replication_role = replica");
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, id);
        assertEquals(1, ps.executeUpdate());
      }
      c.commit();
    }
  }
}
