package org.ccmportal.vault.api;

import java.time.Instant;

/** One line of the publication list (no figures: they are per publication). */
public record PublicationSummary(
    long id,
    String title,
    String documentType,
    String templateId,
    int templateVersion,
    String state,
    Instant scheduledAt,
    String createdBy,
    Instant createdAt,
    long recipients) {}
