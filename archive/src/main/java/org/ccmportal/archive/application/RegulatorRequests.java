package org.ccmportal.archive.application;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.RequestNotFoundException;
import org.ccmportal.archive.api.RequestView;
import org.ccmportal.archive.domain.model.request.ExportRequest;
import org.ccmportal.archive.domain.model.request.ExportRequestEvent;
import org.ccmportal.archive.domain.model.request.ExportRequestRepository;
import org.ccmportal.archive.domain.model.request.ExportScope;

/**
 * The regulator request workflow: a regulator files, an approver (another person) approves or
 * rejects, an approved request runs the Jakarta Batch job {@code archive-export} that builds the
 * package, and only the requester downloads it before it expires. The job starts only after the
 * approval has committed.
 */
@ApplicationScoped
public class RegulatorRequests {

  /** Name of the batch job (META-INF/batch-jobs/archive-export.xml). */
  public static final String JOB = "archive-export";

  private static final Logger LOG = Logger.getLogger(RegulatorRequests.class.getName());

  @Inject RequestLedger ledger;
  @Inject ExportRequestRepository requests;

  @Transactional(TxType.REQUIRED)
  public RequestView file(
      ArchiveCaller caller, ExportScope scope, String caseReference, LocalDate dueDate) {
    return view(ledger.file(caller, scope, caseReference, dueDate));
  }

  /** Decides the request; an approval then starts the export job. */
  @Transactional(TxType.NOT_SUPPORTED)
  public RequestView decide(ArchiveCaller caller, String id, boolean approve, String reason) {
    UUID uuid = uuid(id);
    ledger.decide(caller, uuid, approve, reason);
    if (approve) {
      Properties params = new Properties();
      params.setProperty("requestId", uuid.toString());
      long execution = BatchRuntime.getJobOperator().start(JOB, params);
      LOG.info(() -> "archive: export job " + execution + " started for request " + uuid);
    }
    return get(caller, id);
  }

  /** Runs the export of an approved request (called by the batch job); returns the final status. */
  @Transactional(TxType.NOT_SUPPORTED)
  public String runExport(UUID id) {
    if (!ledger.start(id)) {
      return "SKIPPED";
    }
    try {
      int count = ledger.build(id);
      LOG.info(() -> "archive: export of request " + id + " ready with " + count + " records");
      return "READY";
    } catch (RuntimeException e) {
      LOG.warning(() -> "archive: export of request " + id + " failed: " + e);
      ledger.fail(id, "the package could not be built: " + e.getClass().getSimpleName());
      return "FAILED";
    }
  }

  @Transactional(TxType.SUPPORTS)
  public RequestView get(ArchiveCaller caller, String id) {
    requireRole(caller);
    return view(ledger.visible(caller, uuid(id)));
  }

  /** The requests the caller may see: approvers all of them, regulators their own. */
  @Transactional(TxType.SUPPORTS)
  public List<RequestView> list(ArchiveCaller caller) {
    requireRole(caller);
    String only = caller.roles().contains("approver") ? null : caller.name();
    return requests.list(only, 200).stream().map(this::view).toList();
  }

  @Transactional(TxType.REQUIRED)
  public byte[] download(ArchiveCaller caller, String id) {
    if (!caller.roles().contains("regulator")) {
      throw new ArchiveAccessDeniedException("packages are downloaded by the requesting regulator");
    }
    return ledger.download(caller, uuid(id));
  }

  private static void requireRole(ArchiveCaller caller) {
    if (!caller.isReader()) {
      throw new ArchiveAccessDeniedException();
    }
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new RequestNotFoundException(String.valueOf(id));
    }
  }

  private RequestView view(ExportRequest r) {
    List<ExportRequestEvent> events = requests.events(r.id());
    ExportRequestEvent ready =
        events.stream().filter(e -> e.status().name().equals("READY")).findFirst().orElse(null);
    return new RequestView(
        r.id().toString(),
        r.requestedBy(),
        r.caseReference(),
        r.scope().toJson(),
        r.dueDate().toString(),
        ledger.status(r.id()).name(),
        ready == null ? null : ready.recordCount(),
        ready == null ? null : ready.packageSha256(),
        ready == null ? null : ready.expiresAt().toString(),
        events.stream()
            .map(
                e ->
                    new RequestView.Step(
                        e.status().name(), e.actor(), e.reason(), e.at().toString()))
            .toList());
  }
}
