package org.ccmportal.vault.domain.model.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublicationStateException;

/**
 * One approved template version sent to an audience. Rules:
 *
 * <ul>
 *   <li>Only its creator submits it; once submitted nothing about it changes.
 *   <li>Maker-checker: only a user with role {@code approver} who is not the creator approves or
 *       rejects it; a rejection says why.
 *   <li>It runs once, not before its scheduled time (none: as soon as it is approved).
 *   <li>A start that fails is recorded (the last reason, when, and how many in a row) while it
 *       stays approved, and forgotten once it starts.
 * </ul>
 */
@Entity
@Table(name = "publication")
public class Publication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, updatable = false)
  private DocumentType documentType;

  @Column(name = "template_id", nullable = false, updatable = false)
  private String templateId;

  @Column(name = "template_version", nullable = false, updatable = false)
  private int templateVersion;

  @Column(nullable = false, updatable = false)
  private String data;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PublicationState state;

  @Column(name = "scheduled_at", updatable = false)
  private Instant scheduledAt;

  @Column(name = "recipient_count", nullable = false, updatable = false)
  private int recipientCount;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "audience_segment", updatable = false)
  private String audienceSegment;

  @Column(name = "bulk_run_id")
  private Long bulkRunId;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "start_failure")
  private String startFailure;

  @Column(name = "start_failed_at")
  private Instant startFailedAt;

  @Column(name = "start_failures", nullable = false)
  private int startFailures;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  /** The longest start failure kept (the column's size). */
  static final int MAX_FAILURE = 500;

  protected Publication() {}

  /** A new draft by {@code creator}. */
  public Publication(
      String title,
      DocumentType documentType,
      String templateId,
      int templateVersion,
      String data,
      Instant scheduledAt,
      int recipientCount,
      String audienceSegment,
      String creator,
      Instant now) {
    this.title = Objects.requireNonNull(title, "title");
    this.documentType = Objects.requireNonNull(documentType, "documentType");
    this.templateId = Objects.requireNonNull(templateId, "templateId");
    this.templateVersion = templateVersion;
    this.data = Objects.requireNonNull(data, "data");
    this.scheduledAt = scheduledAt;
    this.recipientCount = recipientCount;
    this.audienceSegment = audienceSegment;
    this.createdBy = Objects.requireNonNull(creator, "creator");
    this.createdAt = now;
    this.state = PublicationState.DRAFT;
  }

  /** The segment the audience was picked by, or null for an uploaded list. */
  public String audienceSegment() {
    return audienceSegment;
  }

  /** Sends the draft to the approvers: only its creator. */
  public void submit(Actor actor) {
    if (actor == null || !createdBy.equals(actor.subject())) {
      throw new AccessDeniedException("only the creator of a publication may submit it");
    }
    requireState(PublicationState.SUBMITTED, PublicationState.DRAFT);
    state = PublicationState.SUBMITTED;
  }

  /** Approves it (maker-checker). */
  public void approve(Actor approver, Instant now) {
    requireChecker(approver);
    requireState(PublicationState.APPROVED, PublicationState.SUBMITTED);
    state = PublicationState.APPROVED;
    decidedBy = approver.subject();
    decidedAt = now;
  }

  /** Rejects it with the reason (maker-checker). */
  public void reject(Actor approver, String reason, Instant now) {
    requireChecker(approver);
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException("reason", "a rejection needs a reason saying why");
    }
    if (reason.length() > 2000) {
      throw new InvalidRequestException("reason", "reason must be at most 2000 characters");
    }
    requireState(PublicationState.REJECTED, PublicationState.SUBMITTED);
    state = PublicationState.REJECTED;
    decidedBy = approver.subject();
    decidedAt = now;
    rejectionReason = reason.strip();
  }

  /** Whether an approved publication may start at {@code now}. */
  public boolean isDue(Instant now) {
    return state == PublicationState.APPROVED && (scheduledAt == null || !scheduledAt.isAfter(now));
  }

  /** It started: its documents are made by the bulk run (null when nobody is to receive one). */
  public void start(Long runId, Instant now) {
    if (!isDue(now)) {
      throw new PublicationStateException(
          "publication " + id + " cannot start: it is " + state + " and due at " + scheduledAt);
    }
    state = PublicationState.RUNNING;
    bulkRunId = runId;
    startedAt = now;
    startFailure = null;
    startFailedAt = null;
    startFailures = 0;
  }

  /**
   * Its start failed at {@code now} for {@code reason} (kept to 500 code points, as the column); it
   * stays approved and is tried again. Ignored unless it is approved.
   */
  public void startFailed(String reason, Instant now) {
    if (state != PublicationState.APPROVED) {
      return;
    }
    String text = reason == null || reason.isBlank() ? "unknown error" : reason.strip();
    int codePoints = text.codePointCount(0, text.length());
    startFailure =
        codePoints > MAX_FAILURE
            ? text.substring(0, text.offsetByCodePoints(0, MAX_FAILURE - 1)) + "…"
            : text;
    startFailedAt = now;
    startFailures++;
  }

  /** Every recipient was published to or skipped. */
  public void complete(Instant now) {
    requireState(PublicationState.COMPLETED, PublicationState.RUNNING);
    state = PublicationState.COMPLETED;
    completedAt = now;
  }

  private void requireChecker(Actor approver) {
    if (approver == null || !approver.hasRole("approver")) {
      throw new AccessDeniedException("deciding on a publication needs role approver");
    }
    if (createdBy.equals(approver.subject())) {
      throw new AccessDeniedException(
          "the creator of a publication cannot decide on it (maker-checker)");
    }
  }

  private void requireState(PublicationState target, PublicationState required) {
    if (state != required) {
      throw new PublicationStateException(
          "a publication can become "
              + target
              + " only when it is "
              + required
              + "; it is "
              + state);
    }
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public DocumentType documentType() {
    return documentType;
  }

  public String templateId() {
    return templateId;
  }

  public int templateVersion() {
    return templateVersion;
  }

  public String data() {
    return data;
  }

  public PublicationState state() {
    return state;
  }

  public Instant scheduledAt() {
    return scheduledAt;
  }

  public int recipientCount() {
    return recipientCount;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public Long bulkRunId() {
    return bulkRunId;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  /** Why its last start failed, or null when none has failed since it was approved or started. */
  public String startFailure() {
    return startFailure;
  }

  /** When its last start failed, or null. */
  public Instant startFailedAt() {
    return startFailedAt;
  }

  /** How many starts have failed in a row. */
  public int startFailures() {
    return startFailures;
  }

  /** The external reference of one recipient's document: a restart never makes a second one. */
  public String externalReference(String customerId) {
    return "pub:" + id + ":" + customerId;
  }
}
