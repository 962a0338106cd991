package org.ccmportal.vault.infrastructure.minio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.MinioClient;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.ccmportal.vault.domain.model.document.StoredObject;
import org.ccmportal.vault.infrastructure.print.MinioPrintDrop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document store and the print drop against a real S3 server at {@code CCM_S3_ENDPOINT}.
 * Objects larger than S3's 5 MiB multipart threshold: a print batch of a few hundred letters is
 * that big, and minio-java's multipart upload of a stream was refused by the server (created with a
 * CRC32C checksum, completed without the parts' checksums), so the batch was never dropped. A print
 * batch's documents read several at once, in order. Skipped when no server answers, unless {@code
 * CCM_IT_REQUIRE_S3=true} (as in {@code ./ccm test}), which makes that a failure. Uses the buckets
 * {@code <documents bucket>-it} and {@code print-it}, never the real ones.
 */
class MinioStorageIT {

  /** Over the 5 MiB from which a stream of known size went as a multipart upload. */
  private static final int LARGE = 6 * 1024 * 1024 + 123;

  private static DocumentStorageSettings settings;
  private static MinioClient client;

  @BeforeAll
  static void connect() {
    DocumentStorageSettings env = DocumentStorageSettings.fromEnvironment();
    boolean required = "true".equalsIgnoreCase(System.getenv("CCM_IT_REQUIRE_S3"));
    boolean up = answers(env.endpoint());
    if (!up && required) {
      throw new IllegalStateException("no S3 server answers at " + env.endpoint());
    }
    Assumptions.assumeTrue(up, "no S3 server answers at " + env.endpoint());
    settings =
        new DocumentStorageSettings(
            env.endpoint(), env.accessKey(), env.secretKey(), env.region(), env.bucket() + "-it");
    client = settings.client();
  }

  @AfterAll
  static void close() throws Exception {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void aLargePrintBatchIsDroppedWholeWithItsManifest() throws Exception {
    byte[] pdf = random(LARGE, 1);
    byte[] manifest = "customer_id,name\nC-1,A. Customer\n".getBytes(StandardCharsets.UTF_8);
    String folder = "print-drop/it/" + UUID.randomUUID() + "/";
    MinioPrintDrop drop = new MinioPrintDrop(settings, "print-it");

    List<String> keys = drop.write(folder, pdf, manifest);

    assertEquals(List.of(folder + "documents.pdf", folder + "manifest.csv"), keys);
    assertArrayEquals(pdf, read("print-it", folder + "documents.pdf"));
    assertArrayEquals(manifest, read("print-it", folder + "manifest.csv"));
  }

  @Test
  void aLargeDocumentIsStoredAndReadBackUnderRetention() throws Exception {
    byte[] content = random(LARGE, System.nanoTime());
    MinioDocumentStore store = new MinioDocumentStore(settings);
    store.ensureBucket();
    Instant until = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    StoredObject stored = store.put(content, "application/pdf", until);

    assertEquals(LARGE, stored.size());
    assertEquals(StoredObject.keyFor(StoredObject.sha256Of(content)), stored.key());
    assertArrayEquals(content, store.get(stored.key()));
    assertEquals(
        until,
        store
            .retention(stored.key())
            .retainUntilDate()
            .toInstant()
            .truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void aPrintBatchsDocumentsAreReadSeveralAtOnceInTheirOrder() {
    MinioDocumentStore store = new MinioDocumentStore(settings);
    store.ensureBucket();
    Instant until = Instant.now().plus(1, ChronoUnit.DAYS);
    long seed = System.nanoTime();
    // more documents than reads in flight, sizes from a few bytes to a large one, one key twice
    List<byte[]> contents = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 4 * MinioDocumentStore.READS_IN_FLIGHT + 3; i++) {
      byte[] content = random(i == 7 ? LARGE : 1 + i * 997, seed + i);
      contents.add(content);
      keys.add(store.put(content, "application/pdf", until).key());
    }
    contents.add(contents.get(2));
    keys.add(keys.get(2));

    List<byte[]> read = store.getAll(keys);

    assertEquals(keys.size(), read.size());
    for (int i = 0; i < keys.size(); i++) {
      assertArrayEquals(contents.get(i), read.get(i), "document " + i);
    }
    assertEquals(List.of(), store.getAll(List.of()));
  }

  @Test
  void aBatchWithADocumentThatCannotBeReadFailsAndNamesIt() {
    MinioDocumentStore store = new MinioDocumentStore(settings);
    store.ensureBucket();
    Instant until = Instant.now().plus(1, ChronoUnit.DAYS);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 2 * MinioDocumentStore.READS_IN_FLIGHT; i++) {
      keys.add(store.put(random(100 + i, System.nanoTime()), "application/pdf", until).key());
    }
    String missing = StoredObject.keyFor(StoredObject.sha256Of(random(64, System.nanoTime())));
    keys.add(3, missing);

    IllegalStateException failed =
        assertThrows(IllegalStateException.class, () -> store.getAll(keys));

    assertEquals("object storage: cannot read document " + missing, failed.getMessage());
    // the store stays usable: the reads left in flight closed their responses
    List<String> after = keys.subList(4, keys.size());
    assertEquals(after.size(), store.getAll(after).size());
  }

  private static byte[] read(String bucket, String key) throws Exception {
    try (GetObjectResponse in =
        client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
      return in.readAllBytes();
    }
  }

  private static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static boolean answers(String endpoint) {
    URI uri = URI.create(endpoint);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
