package org.ccmportal.archive.api;

import java.util.List;

/**
 * RFC 9162 inclusion proof of one record.
 *
 * @param recordId the record
 * @param leafIndex its 0-based position in the log
 * @param treeSize size of the tree the proof is for
 * @param leaf the canonical leaf (UTF-8 JSON, LeafEncoding v1) the leaf hash is computed from
 * @param leafHash lower-case hex leaf hash
 * @param auditPath lower-case hex hashes, leaf to root
 * @param auditRecordId the record of this access in the audit trail
 */
public record InclusionProofView(
    long recordId,
    long leafIndex,
    long treeSize,
    String leaf,
    String leafHash,
    List<String> auditPath,
    long auditRecordId) {}
