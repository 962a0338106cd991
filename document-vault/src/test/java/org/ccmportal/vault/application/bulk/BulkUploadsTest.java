package org.ccmportal.vault.application.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ccmportal.vault.api.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploaded bulk files are limited to 100 MB; a file the server wrote itself (a publication's
 * records) is taken over whatever its size: 100,000 recipients with a 1 KB letter make more than
 * 100 MB, and such a publication was refused once and retried every ten seconds.
 */
class BulkUploadsTest {
  @TempDir Path data;
  private String before;

  @BeforeEach
  void pointTheBulkDirectoryAtATemporaryOne() {
    before = System.getProperty("jboss.server.data.dir");
    System.setProperty("jboss.server.data.dir", data.toString());
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty("jboss.server.data.dir");
    } else {
      System.setProperty("jboss.server.data.dir", before);
    }
  }

  @Test
  void anUploadIsKeptUnderItsId() throws Exception {
    byte[] body = "{\"customerId\":\"C-1\"}\n".getBytes(StandardCharsets.UTF_8);
    String id = BulkUploads.save(new ByteArrayInputStream(body));
    assertArrayEquals(body, Files.readAllBytes(BulkUploads.file(id)));
    assertEquals(data.resolve("ccm-bulk"), BulkUploads.file(id).getParent());
  }

  @Test
  void anUploadOverTheLimitIsRefusedAndNothingIsLeft() throws Exception {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> BulkUploads.save(new Zeros(BulkUploads.MAX_BYTES + 1)));
    assertEquals("body", e.field());
    assertTrue(e.getMessage().contains("at most 100 MB"), e.getMessage());
    try (Stream<Path> left = Files.list(data.resolve("ccm-bulk"))) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void aGeneratedFileOverTheUploadLimitIsTakenOverWhole() throws Exception {
    Path generated = Files.createTempFile(data, "ccm-publication-1-", ".ndjson");
    try (RandomAccessFile file = new RandomAccessFile(generated.toFile(), "rw")) {
      file.setLength(BulkUploads.MAX_BYTES + 1); // sparse: no 100 MB written
      file.seek(0);
      file.write("{\"customerId\":\"C-1\"}".getBytes(StandardCharsets.UTF_8));
    }
    String id = BulkUploads.adopt(generated);
    Path kept = BulkUploads.file(id);
    assertFalse(Files.exists(generated), "moved, not copied");
    assertEquals(BulkUploads.MAX_BYTES + 1, Files.size(kept));
    try (InputStream in = Files.newInputStream(kept)) {
      assertEquals(
          "{\"customerId\":\"C-1\"}", new String(in.readNBytes(20), StandardCharsets.UTF_8));
    }
    BulkUploads.delete(id);
    assertFalse(Files.exists(kept));
  }

  /** {@code size} zero bytes, without holding them in memory. */
  private static final class Zeros extends InputStream {
    private long left;

    Zeros(long size) {
      left = size;
    }

    @Override
    public int read() {
      if (left <= 0) {
        return -1;
      }
      left--;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      left -= n;
      return n;
    }
  }
}
