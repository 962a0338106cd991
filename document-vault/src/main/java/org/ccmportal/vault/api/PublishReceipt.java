package org.ccmportal.vault.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of a publish.
 *
 * @param documentId the document
 * @param sha256 hex SHA-256 of the PDF
 * @param retainUntil until when the document is kept
 * @param created false when the external reference was published before (nothing new made)
 */
public record PublishReceipt(
    UUID documentId, String sha256, Instant retainUntil, boolean created) {}
