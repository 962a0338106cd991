package org.ccmportal.vault.domain.model.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reviewer's decision on a template version: who, approve or reject, why, and when. Decisions are
 * never changed or deleted, and each one is also archived.
 */
@Entity
@Table(name = "template_decision")
public class TemplateDecision {

  /** What the reviewer decided. */
  public enum Outcome {
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "template_version_id", nullable = false, updatable = false)
  private Long templateVersionId;

  @Column(nullable = false, updatable = false)
  private String reviewer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Outcome outcome;

  @Column(name = "decision_comment", updatable = false)
  private String comment;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  protected TemplateDecision() {}

  TemplateDecision(
      Long templateVersionId, String reviewer, Outcome outcome, String comment, Instant at) {
    this.templateVersionId = templateVersionId;
    this.reviewer = reviewer;
    this.outcome = outcome;
    this.comment = comment;
    this.decidedAt = at;
  }

  public Long id() {
    return id;
  }

  public Long templateVersionId() {
    return templateVersionId;
  }

  public String reviewer() {
    return reviewer;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String comment() {
    return comment;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
