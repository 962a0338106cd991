package org.ccmportal.vault.domain.model.template;

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
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * One version of a template: its XSLT, sample data and place in the maker-checker lifecycle.
 *
 * <ul>
 *   <li>Only the author edits, and only while the version is a DRAFT.
 *   <li>Submitting freezes the text (IN_REVIEW); from then on a change is a new version.
 *   <li>Only a user with role {@code approver} who is not the author may approve or reject it
 *       (maker-checker); a rejection needs a comment.
 *   <li>Only an APPROVED version is used to publish; approving a version retires the one approved
 *       before it (see {@link #retire}).
 * </ul>
 */
@Entity
@Table(name = "template_version")
public class TemplateVersion {

  /** The author of the versions that ship with the product. */
  public static final String SYSTEM = "system";

  /** Largest XSLT text accepted, in characters. */
  public static final int MAX_XSLT = 512 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "template_id", nullable = false, updatable = false)
  private String templateId;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Column(nullable = false)
  private String xslt;

  @Column(name = "sample_data", nullable = false)
  private String sampleData;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TemplateStatus status;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected TemplateVersion() {}

  private TemplateVersion(
      String templateId,
      int versionNumber,
      String xslt,
      String sampleData,
      TemplateStatus status,
      String author,
      Instant now) {
    this.templateId = Objects.requireNonNull(templateId, "templateId");
    if (versionNumber < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
    this.versionNumber = versionNumber;
    this.xslt = checkedXslt(xslt);
    this.sampleData = Objects.requireNonNull(sampleData, "sampleData");
    this.status = status;
    this.author = Objects.requireNonNull(author, "author");
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A new draft written by {@code author}. */
  public static TemplateVersion draft(
      String templateId, int version, String xslt, String sampleData, String author, Instant now) {
    return new TemplateVersion(
        templateId, version, xslt, sampleData, TemplateStatus.DRAFT, author, now);
  }

  /** A version that ships with the product: approved by definition, authored by "system". */
  public static TemplateVersion builtIn(
      String templateId, int version, String xslt, String sampleData, Instant now) {
    return new TemplateVersion(
        templateId, version, xslt, sampleData, TemplateStatus.APPROVED, SYSTEM, now);
  }

  /** Changes the text and sample data: only the author, only while a draft. */
  public void edit(Actor editor, String newXslt, String newSampleData, Instant now) {
    requireAuthor(editor, "edit");
    requireStatus(TemplateStatus.DRAFT, "edited");
    this.xslt = checkedXslt(newXslt);
    this.sampleData = Objects.requireNonNull(newSampleData, "sampleData");
    this.updatedAt = now;
  }

  /** Sends the draft for review and freezes its text: only the author. */
  public void submit(Actor submitter, Instant now) {
    requireAuthor(submitter, "submit");
    requireStatus(TemplateStatus.DRAFT, "submitted");
    this.status = TemplateStatus.IN_REVIEW;
    this.updatedAt = now;
  }

  /**
   * Approves the version (maker-checker): the reviewer needs role approver and must not be the
   * author; the version must be in review. The caller retires the previously approved version.
   */
  public TemplateDecision approve(Actor reviewer, String comment, Instant now) {
    requireChecker(reviewer);
    requireStatus(TemplateStatus.IN_REVIEW, "approved");
    this.status = TemplateStatus.APPROVED;
    this.updatedAt = now;
    return new TemplateDecision(
        id, reviewer.subject(), TemplateDecision.Outcome.APPROVED, blankToNull(comment), now);
  }

  /** Rejects the version with a comment saying why; same reviewer rules as approval. */
  public TemplateDecision reject(Actor reviewer, String comment, Instant now) {
    requireChecker(reviewer);
    if (comment == null || comment.isBlank()) {
      throw new InvalidRequestException("comment", "a rejection needs a comment saying why");
    }
    requireStatus(TemplateStatus.IN_REVIEW, "rejected");
    this.status = TemplateStatus.REJECTED;
    this.updatedAt = now;
    return new TemplateDecision(
        id, reviewer.subject(), TemplateDecision.Outcome.REJECTED, comment.strip(), now);
  }

  /** Takes an approved version out of force because a later version was approved. */
  public void retire(Instant now) {
    requireStatus(TemplateStatus.APPROVED, "retired");
    this.status = TemplateStatus.RETIRED;
    this.updatedAt = now;
  }

  /** The text as the renderer sees it. */
  public TemplateSource source() {
    return new TemplateSource(templateId, versionNumber, xslt);
  }

  private void requireAuthor(Actor actor, String step) {
    if (actor == null || !author.equals(actor.subject())) {
      throw new AccessDeniedException("only the author of a draft may " + step + " it");
    }
  }

  private void requireChecker(Actor reviewer) {
    if (reviewer == null || !reviewer.hasRole("approver")) {
      throw new AccessDeniedException("reviewing a template version needs role approver");
    }
    if (author.equals(reviewer.subject())) {
      throw new AccessDeniedException("the author of a template version may not review it");
    }
  }

  private void requireStatus(TemplateStatus expected, String what) {
    if (status != expected) {
      throw new TemplateStateException(
          "version "
              + versionNumber
              + " of template "
              + templateId
              + " is "
              + status
              + "; only a version in status "
              + expected
              + " can be "
              + what);
    }
  }

  private static String checkedXslt(String xslt) {
    if (xslt == null || xslt.isBlank()) {
      throw new InvalidRequestException("xslt", "xslt is required");
    }
    if (xslt.length() > MAX_XSLT) {
      throw new InvalidRequestException("xslt", "xslt is longer than " + MAX_XSLT + " characters");
    }
    return xslt;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long id() {
    return id;
  }

  public String templateId() {
    return templateId;
  }

  public int version() {
    return versionNumber;
  }

  public String xslt() {
    return xslt;
  }

  public String sampleData() {
    return sampleData;
  }

  public TemplateStatus status() {
    return status;
  }

  public String author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
