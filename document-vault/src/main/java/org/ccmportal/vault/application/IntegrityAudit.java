package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.vault.domain.model.document.Document;

/**
 * A document's stored bytes that no longer match their recorded SHA-256: logged and archived as an
 * {@code INTEGRITY_FAILURE} audit event, in the caller's transaction. Whoever read the bytes (the
 * inbox, service staff, the print run) refuses to pass them on.
 */
@ApplicationScoped
public class IntegrityAudit {
  private static final Logger LOG = Logger.getLogger(IntegrityAudit.class.getName());

  @Inject ArchiveService archive;

  /**
   * @param requestedBy the user whose request read the bytes, or the process (such as {@code
   *     print-run})
   */
  public void failure(Document document, String actualSha256, String requestedBy) {
    LOG.severe(() -> "integrity failure: stored bytes do not match document " + document.id());
    Instant now = Instant.now();
    String json =
        Json.createObjectBuilder()
            .add("event", "INTEGRITY_FAILURE")
            .add("documentId", document.id().toString())
            .add("objectKey", document.object().key())
            .add("expectedSha256", document.object().sha256())
            .add("actualSha256", actualSha256)
            .add("requestedBy", requestedBy)
            .add("detectedAt", now.toString())
            .build()
            .toString();
    try {
      archive.append(
          new ArchiveEntry(
              "integrity:" + document.id() + ":" + now.toEpochMilli(),
              "INTEGRITY_FAILURE",
              document.customerId(),
              document.type().category().name(),
              null,
              document.templateId(),
              document.templateVersion(),
              document.dataSha256(),
              null,
              now,
              "application/json",
              json.getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      // the bytes are refused all the same; the log line is the audit of last resort
      LOG.log(Level.SEVERE, "integrity failure of document " + document.id() + " not archived", e);
    }
  }
}
