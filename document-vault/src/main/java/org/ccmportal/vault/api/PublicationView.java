package org.ccmportal.vault.api;

import java.time.Instant;
import java.util.Map;

/**
 * A publication with its figures.
 *
 * @param id the publication id
 * @param title inbox title of every document
 * @param documentType document type
 * @param category preference category of the document type (MARKETING publications skip customers
 *     without marketing consent or with a marketing hold)
 * @param templateId template
 * @param templateVersion the approved template version it publishes with
 * @param state DRAFT, SUBMITTED, APPROVED, RUNNING, COMPLETED or REJECTED
 * @param scheduledAt when it runs (null: as soon as approved)
 * @param createdBy the publisher (maker)
 * @param createdAt when it was created
 * @param decidedBy the approver (checker) who approved or rejected it, or null
 * @param decidedAt when, or null
 * @param rejectionReason why it was rejected, or null
 * @param waitingFor why an approved publication has not started (e.g. its template version is no
 *     longer in force, or its start failed), or null
 * @param startFailure why the last attempt to start an approved publication failed (it is tried
 *     again every 10 seconds), or null; cleared when it starts
 * @param startFailedAt when the last attempt failed, or null
 * @param startFailures how many attempts in a row have failed
 * @param startedAt when it started running, or null
 * @param completedAt when every recipient was done, or null
 * @param bulkRunId the bulk run rendering its documents, or null before it runs
 * @param audienceSegment the segment the audience was picked by (e.g. {@code region=NORTH}), or
 *     null for an uploaded list
 * @param counts the figures
 */
public record PublicationView(
    long id,
    String title,
    String documentType,
    String category,
    String templateId,
    int templateVersion,
    String state,
    Instant scheduledAt,
    String createdBy,
    Instant createdAt,
    String decidedBy,
    Instant decidedAt,
    String rejectionReason,
    String waitingFor,
    String startFailure,
    Instant startFailedAt,
    int startFailures,
    Instant startedAt,
    Instant completedAt,
    Long bulkRunId,
    String audienceSegment,
    Counts counts) {

  /**
   * What happened to the audience.
   *
   * @param recipients customers in the audience (after de-duplication)
   * @param skipped customers not published to, by reason (NO_MARKETING_CONSENT, MARKETING_HOLD)
   * @param documentsRendered documents made for this publication
   * @param failed recipients whose document could not be made (from the bulk run)
   * @param deliveries delivery events by channel, then by status
   */
  public record Counts(
      long recipients,
      Map<String, Long> skipped,
      long documentsRendered,
      long failed,
      Map<String, Map<String, Long>> deliveries) {}
}
