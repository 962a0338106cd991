package org.ccmportal.archive.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.archive.verifier.Json;

/**
 * The archive's audit trail is the archive itself: every search and view is appended to the log as
 * a record of kind {@code AUDIT} whose content is a JSON object {@code {"who","role","action",
 * "details","caseReference","at"}}, so audit events are as tamper-evident as what they audit.
 */
@ApplicationScoped
public class AuditTrail {

  /** Kind of audit records. */
  public static final String KIND = "AUDIT";

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  @Inject ArchiveService archive;

  /** Appends the audit event in the caller's transaction; returns its record id. */
  public long record(ArchiveCaller caller, String action, Map<String, Object> details) {
    Instant now = Instant.now();
    Json.Writer json = new Json.Writer();
    json.beginObject()
        .field("who", caller.name())
        .field("role", caller.auditRole())
        .field("action", action)
        .name("details")
        .value(details)
        .field("caseReference", caller.caseReference())
        .field("at", now.toString())
        .endObject();
    String eventId = "audit:" + UUID.randomUUID();
    long id =
        archive
            .append(
                new ArchiveEntry(
                    eventId,
                    KIND,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    now,
                    "application/json",
                    json.toString().getBytes(StandardCharsets.UTF_8)))
            .recordId();
    LOG.info(() -> "archive: audit " + action + " by role " + caller.auditRole() + " record " + id);
    return id;
  }
}
