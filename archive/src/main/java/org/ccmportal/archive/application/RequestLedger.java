package org.ccmportal.archive.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.RequestNotFoundException;
import org.ccmportal.archive.api.RequestStateException;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.ccmportal.archive.domain.model.request.ExportPackage;
import org.ccmportal.archive.domain.model.request.ExportRequest;
import org.ccmportal.archive.domain.model.request.ExportRequestEvent;
import org.ccmportal.archive.domain.model.request.ExportRequestRepository;
import org.ccmportal.archive.domain.model.request.ExportScope;
import org.ccmportal.archive.domain.model.request.RequestStatus;

/**
 * The transactional steps of regulator requests. Rules: only a regulator files a request, with a
 * case reference and a due date; only an approver who is not the requester decides it, with a
 * reason; only the requester downloads the package, until it expires ({@code
 * CCM_ARCHIVE_EXPORT_TTL}, ISO-8601 period, default P7D). Every step is an event row and an audit
 * record of the log.
 */
@ApplicationScoped
public class RequestLedger {

  /** Most records in one package. */
  public static final int MAX_RECORDS = 10_000;

  @Inject ExportRequestRepository requests;
  @Inject ExportPackageBuilder builder;
  @Inject AuditTrail audit;

  @Transactional(TxType.REQUIRED)
  public ExportRequest file(
      ArchiveCaller caller, ExportScope scope, String caseReference, LocalDate dueDate) {
    if (!caller.roles().contains("regulator")) {
      throw new ArchiveAccessDeniedException("requests are filed by regulators");
    }
    if (caseReference == null || caseReference.isBlank()) {
      throw new InvalidArchiveRequestException("caseReference", "required");
    }
    if (dueDate == null) {
      throw new InvalidArchiveRequestException("dueDate", "required (ISO date, e.g. 2026-12-31)");
    }
    if (dueDate.isBefore(LocalDate.now())) {
      throw new InvalidArchiveRequestException("dueDate", "must not be in the past");
    }
    ExportRequest request =
        new ExportRequest(caller.name(), caseReference, scope, dueDate, Instant.now());
    requests.add(request);
    requests.add(
        new ExportRequestEvent(
            request.id(), RequestStatus.REQUESTED, caller.name(), null, null, null, null, now()));
    audit.record(
        new ArchiveCaller(caller.name(), caller.roles(), caseReference),
        "REQUEST_FILE",
        details(request.id()));
    return request;
  }

  @Transactional(TxType.REQUIRED)
  public void decide(ArchiveCaller caller, UUID id, boolean approve, String reason) {
    if (!caller.roles().contains("approver")) {
      throw new ArchiveAccessDeniedException("requests are decided by approvers");
    }
    ExportRequest request = find(id);
    if (request.requestedBy().equals(caller.name())) {
      throw new ArchiveAccessDeniedException(
          "a request is decided by someone other than its requester");
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new InvalidArchiveRequestException("reason", "required, at most 1000 characters");
    }
    if (status(id) != RequestStatus.REQUESTED) {
      throw new RequestStateException("the request has already been decided", false);
    }
    RequestStatus status = approve ? RequestStatus.APPROVED : RequestStatus.REJECTED;
    requests.add(
        new ExportRequestEvent(id, status, caller.name(), reason, null, null, null, now()));
    audit.record(
        new ArchiveCaller(caller.name(), caller.roles(), request.caseReference()),
        approve ? "REQUEST_APPROVE" : "REQUEST_REJECT",
        details(id));
  }

  /** Marks the approved request as running; false if it is not waiting to run. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean start(UUID id) {
    if (status(id) != RequestStatus.APPROVED) {
      return false;
    }
    requests.add(
        new ExportRequestEvent(id, RequestStatus.RUNNING, "batch", null, null, null, null, now()));
    return true;
  }

  /** Builds and keeps the package of a running request; returns its record count. */
  @Transactional(TxType.REQUIRES_NEW)
  public int build(UUID id) {
    ExportRequest request = find(id);
    List<Long> ids = requests.recordIds(request.scope(), MAX_RECORDS + 1);
    if (ids.size() > MAX_RECORDS) {
      throw new IllegalStateException("more than " + MAX_RECORDS + " records in scope");
    }
    ArchiveCaller onBehalf =
        new ArchiveCaller(request.requestedBy(), Set.of("regulator"), request.caseReference());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try {
      ExportPackageWriter.zip(builder.build(onBehalf, ids), zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] bytes = zip.toByteArray();
    String sha256 = HexFormat.of().formatHex(MerkleHash.sha256(bytes));
    requests.add(new ExportPackage(id, bytes, sha256, now()));
    requests.add(
        new ExportRequestEvent(
            id, RequestStatus.READY, "batch", null, ids.size(), sha256, now().plus(ttl()), now()));
    return ids.size();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void fail(UUID id, String reason) {
    requests.add(
        new ExportRequestEvent(id, RequestStatus.FAILED, "batch", reason, null, null, null, now()));
  }

  /** The package for its requester, before it expires; the download is recorded and audited. */
  @Transactional(TxType.REQUIRED)
  public byte[] download(ArchiveCaller caller, UUID id) {
    ExportRequest request = visible(caller, id);
    if (!request.requestedBy().equals(caller.name())) {
      throw new RequestNotFoundException(id.toString());
    }
    List<ExportRequestEvent> events = requests.events(id);
    ExportRequestEvent ready =
        events.stream()
            .filter(e -> e.status() == RequestStatus.READY)
            .findFirst()
            .orElseThrow(() -> new RequestStateException("the package is not ready", false));
    if (!Instant.now().isBefore(ready.expiresAt())) {
      throw new RequestStateException("the package expired at " + ready.expiresAt(), true);
    }
    byte[] content = requests.pkg(id).orElseThrow().content();
    requests.add(
        new ExportRequestEvent(
            id, RequestStatus.DOWNLOADED, caller.name(), null, null, null, null, now()));
    audit.record(
        new ArchiveCaller(caller.name(), caller.roles(), request.caseReference()),
        "REQUEST_DOWNLOAD",
        details(id));
    return content;
  }

  /** The request if the caller may see it: its requester, or any approver. */
  @Transactional(TxType.SUPPORTS)
  public ExportRequest visible(ArchiveCaller caller, UUID id) {
    ExportRequest request = find(id);
    if (caller.roles().contains("approver") || request.requestedBy().equals(caller.name())) {
      return request;
    }
    throw new RequestNotFoundException(id.toString());
  }

  @Transactional(TxType.SUPPORTS)
  public RequestStatus status(UUID id) {
    List<ExportRequestEvent> events = requests.events(id);
    RequestStatus status = RequestStatus.REQUESTED;
    for (ExportRequestEvent e : events) {
      if (e.status() != RequestStatus.DOWNLOADED) {
        status = e.status();
      }
    }
    return status;
  }

  private ExportRequest find(UUID id) {
    return requests.find(id).orElseThrow(() -> new RequestNotFoundException(id.toString()));
  }

  private static Map<String, Object> details(UUID id) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("requestId", id.toString());
    return details;
  }

  private static Instant now() {
    return Instant.now();
  }

  static Period ttl() {
    String value = System.getenv("CCM_ARCHIVE_EXPORT_TTL");
    try {
      return value == null || value.isBlank() ? Period.ofDays(7) : Period.parse(value.trim());
    } catch (RuntimeException e) {
      return Period.ofDays(7);
    }
  }
}
