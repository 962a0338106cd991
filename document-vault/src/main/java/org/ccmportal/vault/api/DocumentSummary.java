package org.ccmportal.vault.api;

import java.time.Instant;
import java.util.UUID;

/** A line of the inbox. */
public record DocumentSummary(
    UUID id,
    DocumentType type,
    String title,
    Instant issuedAt,
    long sizeBytes,
    boolean read,
    String sha256) {}
