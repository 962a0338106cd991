package org.ccmportal.vault.application.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * Bulk files kept on the server while their run lasts, under the server's data directory ({@code
 * CCM_BULK_DIR}, default {@code ${jboss.server.data.dir}/ccm-bulk}), so a run restarted after a
 * crash reads the same file. File names are generated ids, never user input.
 */
public final class BulkUploads {
  /** The largest file accepted. */
  public static final long MAX_BYTES = 100L * 1024 * 1024;

  private BulkUploads() {}

  public static Path directory() {
    String configured = System.getenv("CCM_BULK_DIR");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    return Path.of(data, "ccm-bulk");
  }

  /** Saves the upload and returns its id. */
  public static String save(InputStream in) {
    String id = UUID.randomUUID().toString();
    Path file = file(id);
    try {
      Files.createDirectories(file.getParent());
      long size = Files.copy(in, file);
      if (size > MAX_BYTES) {
        Files.deleteIfExists(file);
        throw new InvalidRequestException("body", "a bulk file may have at most 100 MB");
      }
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("bulk file could not be stored", e);
    }
  }

  /**
   * Takes over a file the server wrote itself (a publication's records, one per recipient) and
   * returns its id. The upload limit does not apply: the file's size is the audience's size times
   * the publication's data, and 100,000 recipients with a 1 KB letter make more than 100 MB. The
   * file is moved, not copied.
   */
  public static String adopt(Path generated) {
    String id = UUID.randomUUID().toString();
    Path file = file(id);
    try {
      Files.createDirectories(file.getParent());
      Files.move(generated, file);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("bulk file could not be stored", e);
    }
  }

  public static Path file(String id) {
    return directory().resolve(UUID.fromString(id) + ".data");
  }

  public static void delete(String id) {
    try {
      Files.deleteIfExists(file(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
