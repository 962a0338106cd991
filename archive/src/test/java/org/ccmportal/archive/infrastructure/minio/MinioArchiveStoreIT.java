package org.ccmportal.archive.infrastructure.minio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.GetObjectLockConfigurationArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.ccmportal.archive.domain.model.ObjectKey;
import org.ccmportal.archive.domain.model.Sha256;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against a real S3 server at {@code CCM_S3_ENDPOINT} (S3Mock locally, MinIO in production): the
 * object-lock settings are read back from the server, not from the client. Skipped when no server
 * answers, unless {@code CCM_IT_REQUIRE_S3=true}, which makes that a failure (set it in CI). Uses
 * the bucket {@code <CCM_S3_ARCHIVE_BUCKET>-it} and one-day retention, never the real one.
 */
class MinioArchiveStoreIT {

  private static ArchiveStorageSettings settings;
  private static String bucket;
  private static MinioClient client;
  private static MinioArchiveStore store;

  @BeforeAll
  static void connect() {
    settings = ArchiveStorageSettings.fromEnvironment();
    boolean required = "true".equalsIgnoreCase(System.getenv("CCM_IT_REQUIRE_S3"));
    boolean up = answers(settings.endpoint());
    if (!up && required) {
      throw new IllegalStateException("no S3 server answers at " + settings.endpoint());
    }
    Assumptions.assumeTrue(up, "no S3 server answers at " + settings.endpoint());
    bucket = settings.bucket() + "-it";
    client =
        MinioClient.builder()
            .endpoint(settings.endpoint())
            .region(settings.region())
            .credentials(settings.accessKey(), settings.secretKey())
            .build();
    store = new MinioArchiveStore(client, bucket);
    store.ensureBucket();
  }

  @AfterAll
  static void close() throws Exception {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void bucketHasObjectLock() throws Exception {
    assertNotNull(
        client.getObjectLockConfiguration(
            GetObjectLockConfigurationArgs.builder().bucket(bucket).build()));
    store.ensureBucket(); // idempotent
  }

  @Test
  void putKeepsObjectUnderComplianceRetentionWithoutLegalHold() {
    byte[] content = uniqueContent();
    String key = keyOf(content);
    Instant retainUntil = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    assertEquals(key, store.put(key, content, "text/plain", retainUntil));

    Retention retention = store.retention(key);
    assertNotNull(retention, "retention read back from the server");
    assertEquals(RetentionMode.COMPLIANCE, retention.mode());
    assertEquals(retainUntil, retention.retainUntilDate().toInstant());
    assertFalse(store.legalHold(key), "legal hold read back from the server");
    assertArrayEquals(content, store.get(key));
  }

  @Test
  void legalHoldIsPlacedAndReleasedOnTheServer() {
    byte[] content = uniqueContent();
    String key = keyOf(content);
    store.put(key, content, "text/plain", Instant.now().plus(1, ChronoUnit.DAYS));
    store.setLegalHold(key, true);
    assertTrue(store.legalHold(key), "legal hold read back from the server");
    store.setLegalHold(key, false);
    assertFalse(store.legalHold(key), "legal hold released on the server");
  }

  @Test
  void sameContentTwiceGivesSameKeyAndOneObject() throws Exception {
    byte[] content = uniqueContent();
    String key = keyOf(content);
    Instant retainUntil = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    String first = store.put(key, content, "text/plain", retainUntil);
    String second = store.put(key, content.clone(), "text/plain", retainUntil);

    assertEquals(first, second);
    int versions = 0;
    for (Result<Item> item :
        client.listObjects(
            ListObjectsArgs.builder().bucket(bucket).prefix(key).includeVersions(true).build())) {
      item.get();
      versions++;
    }
    assertEquals(1, versions, "no second upload of the same content");
  }

  @Test
  void retentionOfSharedContentIsExtendedNeverShortened() {
    byte[] content = uniqueContent();
    String key = keyOf(content);
    Instant oneDay = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Instant twoDays = oneDay.plus(1, ChronoUnit.DAYS);

    store.put(key, content, "text/plain", oneDay);
    store.put(key, content, "text/plain", twoDays);
    assertEquals(twoDays, store.retention(key).retainUntilDate().toInstant());

    store.put(key, content, "text/plain", oneDay);
    assertEquals(twoDays, store.retention(key).retainUntilDate().toInstant());
  }

  @Test
  void refusesKeyThatDoesNotAddressTheContent() {
    byte[] content = uniqueContent();
    String otherKey = keyOf(uniqueContent());
    assertThrows(
        IllegalArgumentException.class,
        () -> store.put(otherKey, content, "text/plain", Instant.now().plusSeconds(60)));
  }

  private static byte[] uniqueContent() {
    return ("archive IT " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
  }

  private static String keyOf(byte[] content) {
    return ObjectKey.forContent(Sha256.of(content)).value();
  }

  private static boolean answers(String endpoint) {
    URI uri = URI.create(endpoint);
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), port), 2000);
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
