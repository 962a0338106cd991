package org.ccmportal.archive.api;

/**
 * The archived bytes of a record, as stored.
 *
 * @param contentType media type recorded with the record
 * @param bytes the content
 * @param auditRecordId the record of this view in the audit trail
 */
public record RecordContent(String contentType, byte[] bytes, long auditRecordId) {}
