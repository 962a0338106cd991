package org.ccmportal.vault.domain.model.template;

/**
 * Where a template version is in its lifecycle. Only a DRAFT's text can change; only an APPROVED
 * version publishes; at most one version of a template is APPROVED at a time.
 */
public enum TemplateStatus {
  /** Being written by its author; may be edited and previewed. */
  DRAFT,
  /** Submitted for review: the text is frozen; an approver decides. */
  IN_REVIEW,
  /** In force: documents of its template are rendered with it. */
  APPROVED,
  /** Refused by a reviewer (with a comment); a change is a new version. */
  REJECTED,
  /** Was approved, replaced by a later approval. Kept for the record. */
  RETIRED
}
