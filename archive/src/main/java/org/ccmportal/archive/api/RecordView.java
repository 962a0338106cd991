package org.ccmportal.archive.api;

/** An archive record's envelope and hashes, without the content or consent text. */
public record RecordView(
    long id,
    String eventId,
    String kind,
    String customerId,
    String category,
    String channel,
    String templateId,
    Integer templateVersion,
    String occurredAt,
    String archivedAt,
    String contentType,
    long contentSize,
    String contentSha256,
    long leafIndex,
    String leafHash) {}
