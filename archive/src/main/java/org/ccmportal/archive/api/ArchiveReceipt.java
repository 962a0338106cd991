package org.ccmportal.archive.api;

import java.time.Instant;

/**
 * Proof that an entry was archived.
 *
 * @param recordId the archive record id
 * @param leafIndex position of the record in the Merkle log (0-based)
 * @param objectKey key of the immutable object in the archive bucket
 * @param sha256 hex SHA-256 of the archived content
 * @param retainUntil object-lock retain-until date set on the object
 */
public record ArchiveReceipt(
    long recordId, long leafIndex, String objectKey, String sha256, Instant retainUntil) {}
