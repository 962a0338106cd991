package org.ccmportal.archive.api;

/**
 * The legal hold of a record's object after a change, as read back from the store.
 *
 * @param recordId the record
 * @param objectKey its object (content-addressed: records with the same content share it)
 * @param legalHold whether the hold is now on
 * @param caseReference the case the change was made for
 * @param auditRecordId the record of this change in the audit trail
 */
public record LegalHoldView(
    long recordId, String objectKey, boolean legalHold, String caseReference, long auditRecordId) {}
