package org.ccmportal.archive.api;

import java.util.List;

/**
 * One page of search results, in log order.
 *
 * @param total how many records match in all
 * @param offset index of the first record of this page among the matches
 * @param limit page size asked for
 * @param records the page
 * @param auditRecordId the record of this search in the audit trail
 */
public record RecordPage(
    long total, int offset, int limit, List<RecordView> records, long auditRecordId) {}
