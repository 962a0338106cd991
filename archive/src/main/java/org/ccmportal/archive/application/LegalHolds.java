package org.ccmportal.archive.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.ArchiveRecordNotFoundException;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.LegalHoldQuery;
import org.ccmportal.archive.api.LegalHoldView;
import org.ccmportal.archive.domain.model.ArchiveObjectStore;
import org.ccmportal.archive.domain.model.ArchiveRecord;
import org.ccmportal.archive.domain.model.ArchiveRecordRepository;

/**
 * Legal holds: only an approver places or releases one, always for a named case; the hold is set on
 * the object in the WORM store (S3 object-lock legal hold) and the change is an audit record of the
 * log. A held object cannot be deleted even after its retention has run out.
 */
@ApplicationScoped
public class LegalHolds implements LegalHoldQuery {

  @Inject ArchiveRecordRepository records;
  @Inject ArchiveObjectStore store;
  @Inject AuditTrail audit;

  /** Places ({@code on}) or releases the legal hold of the record's object. */
  @Transactional(TxType.REQUIRED)
  public LegalHoldView set(ArchiveCaller caller, long recordId, boolean on) {
    if (caller == null || !caller.roles().contains("approver")) {
      throw new ArchiveAccessDeniedException("legal holds are placed and released by approvers");
    }
    if (caller.caseReference() == null) {
      throw new InvalidArchiveRequestException(
          "caseReference", "a legal hold is placed or released for a case: give its reference");
    }
    ArchiveRecord record =
        records.findById(recordId).orElseThrow(() -> new ArchiveRecordNotFoundException(recordId));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recordId", recordId);
    details.put("objectKey", record.objectKey());
    long auditId = audit.record(caller, on ? "LEGAL_HOLD_PLACE" : "LEGAL_HOLD_RELEASE", details);
    // after the audit row is written: if the store fails, the transaction (and audit) rolls back
    store.setLegalHold(record.objectKey(), on);
    return new LegalHoldView(recordId, record.objectKey(), on, caller.caseReference(), auditId);
  }

  /**
   * Whether the record archived for the event is held, read from the WORM store, which is where
   * holds live (placing one above sets it there and nowhere else). No record, no hold.
   */
  @Override
  @Transactional(TxType.SUPPORTS)
  public boolean isOnHold(String eventId) {
    return records
        .findByEventId(eventId)
        .map(record -> store.legalHold(record.objectKey()))
        .orElse(false);
  }
}
