package org.ccmportal.archive.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveReceipt;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.RequestNotFoundException;
import org.ccmportal.archive.api.RequestStateException;
import org.ccmportal.archive.domain.model.request.ExportPackage;
import org.ccmportal.archive.domain.model.request.ExportRequest;
import org.ccmportal.archive.domain.model.request.ExportRequestEvent;
import org.ccmportal.archive.domain.model.request.ExportRequestRepository;
import org.ccmportal.archive.domain.model.request.ExportScope;
import org.ccmportal.archive.domain.model.request.RequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of regulator requests: filed by a regulator with a case and a due date; decided once,
 * with a reason, by an approver who is not the requester; every step audited in the log.
 */
class RequestLedgerTest {

  private final InMemoryRequests requests = new InMemoryRequests();
  private final List<ArchiveEntry> audited = new ArrayList<>();
  private final RequestLedger ledger = new RequestLedger();
  private final ArchiveCaller rita = new ArchiveCaller("rita", Set.of("regulator"), null);
  private final ArchiveCaller arthur = new ArchiveCaller("arthur", Set.of("approver"), null);
  private final ExportScope scope =
      new ExportScope(
          List.of("C-1"),
          Instant.parse("2026-01-01T00:00:00Z"),
          Instant.parse("2026-02-01T00:00:00Z"),
          List.of(),
          List.of());

  @BeforeEach
  void wire() {
    AuditTrail audit = new AuditTrail();
    audit.archive =
        new ArchiveService() {
          @Override
          public ArchiveReceipt append(ArchiveEntry entry) {
            audited.add(entry);
            return new ArchiveReceipt(audited.size(), audited.size() - 1, "k", "s", Instant.now());
          }

          @Override
          public Optional<ArchiveReceipt> findByEventId(String eventId) {
            return Optional.empty();
          }
        };
    ledger.requests = requests;
    ledger.audit = audit;
  }

  @Test
  void regulatorFilesWithCaseAndDueDateAndItIsAudited() {
    ExportRequest r = ledger.file(rita, scope, "CASE-1", LocalDate.now().plusDays(1));
    assertEquals(RequestStatus.REQUESTED, ledger.status(r.id()));
    assertEquals(1, audited.size());
    assertTrue(new String(audited.get(0).content()).contains("\"caseReference\":\"CASE-1\""));
    assertThrows(
        ArchiveAccessDeniedException.class,
        () -> ledger.file(arthur, scope, "CASE-1", LocalDate.now()));
    InvalidArchiveRequestException noCase =
        assertThrows(
            InvalidArchiveRequestException.class,
            () -> ledger.file(rita, scope, " ", LocalDate.now()));
    assertEquals("caseReference", noCase.field());
    InvalidArchiveRequestException past =
        assertThrows(
            InvalidArchiveRequestException.class,
            () -> ledger.file(rita, scope, "C", LocalDate.now().minusDays(1)));
    assertEquals("dueDate", past.field());
  }

  @Test
  void theRequesterCannotDecideTheirOwnRequestEvenAsApprover() {
    ArchiveCaller both = new ArchiveCaller("rita", Set.of("regulator", "approver"), null);
    ExportRequest r = ledger.file(both, scope, "CASE-2", LocalDate.now());
    ArchiveAccessDeniedException e =
        assertThrows(
            ArchiveAccessDeniedException.class, () -> ledger.decide(both, r.id(), true, "ok"));
    assertTrue(e.getMessage().contains("other than its requester"));
    assertEquals(RequestStatus.REQUESTED, ledger.status(r.id()));
  }

  @Test
  void anApproverDecidesOnceWithAReason() {
    ExportRequest r = ledger.file(rita, scope, "CASE-3", LocalDate.now());
    assertThrows(ArchiveAccessDeniedException.class, () -> ledger.decide(rita, r.id(), true, "x"));
    assertEquals(
        "reason",
        assertThrows(
                InvalidArchiveRequestException.class, () -> ledger.decide(arthur, r.id(), true, ""))
            .field());
    ledger.decide(arthur, r.id(), false, "out of scope");
    assertEquals(RequestStatus.REJECTED, ledger.status(r.id()));
    assertThrows(RequestStateException.class, () -> ledger.decide(arthur, r.id(), true, "again"));
    assertEquals(2, audited.size());
    assertThrows(
        RequestNotFoundException.class, () -> ledger.decide(arthur, UUID.randomUUID(), true, "x"));
  }

  @Test
  void onlyTheRequesterSeesTheirRequestAmongRegulators() {
    ExportRequest r = ledger.file(rita, scope, "CASE-4", LocalDate.now());
    ArchiveCaller other = new ArchiveCaller("rob", Set.of("regulator"), null);
    assertThrows(RequestNotFoundException.class, () -> ledger.visible(other, r.id()));
    assertEquals(r, ledger.visible(arthur, r.id()));
    assertThrows(RequestStateException.class, () -> ledger.download(rita, r.id()));
  }

  /** The repository contract in memory. */
  private static final class InMemoryRequests implements ExportRequestRepository {
    final List<ExportRequest> all = new ArrayList<>();
    final List<ExportRequestEvent> events = new ArrayList<>();

    @Override
    public void add(ExportRequest request) {
      all.add(request);
    }

    @Override
    public void add(ExportRequestEvent event) {
      events.add(event);
    }

    @Override
    public void add(ExportPackage pkg) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ExportRequest> find(UUID id) {
      return all.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<ExportRequestEvent> events(UUID id) {
      return events.stream().filter(e -> e.requestId().equals(id)).toList();
    }

    @Override
    public List<ExportRequest> list(String requestedBy, int limit) {
      return all;
    }

    @Override
    public Optional<ExportPackage> pkg(UUID id) {
      return Optional.empty();
    }

    @Override
    public List<Long> recordIds(ExportScope scope, int max) {
      return List.of();
    }
  }
}
