package org.ccmportal.archive.api;

/**
 * Outcome of a full verification of the archive.
 *
 * @param ok whether every check held
 * @param checkedRecords records checked
 * @param checkedBytes object bytes hashed
 * @param treeSize size of the latest signed tree head checked against (0 if none)
 * @param rootHash its root hash, or null
 * @param firstBadRecordId the first record (in log order) that does not match, or null
 * @param firstBadLeafIndex its leaf index, or null
 * @param problem what does not match, or null
 * @param durationMillis how long it took
 */
public record VerificationReport(
    boolean ok,
    long checkedRecords,
    long checkedBytes,
    long treeSize,
    String rootHash,
    Long firstBadRecordId,
    Long firstBadLeafIndex,
    String problem,
    long durationMillis) {}
