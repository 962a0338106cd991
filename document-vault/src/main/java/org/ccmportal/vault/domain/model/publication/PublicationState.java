package org.ccmportal.vault.domain.model.publication;

/**
 * Where a publication is in its lifecycle: DRAFT, SUBMITTED, then APPROVED or REJECTED by a second
 * person; an approved one is RUNNING from its scheduled time until every recipient is done
 * (COMPLETED). Nothing leaves REJECTED or COMPLETED.
 */
public enum PublicationState {
  /** Being prepared by its creator. */
  DRAFT,
  /** Frozen and waiting for an approver. */
  SUBMITTED,
  /** Approved; runs when due. */
  APPROVED,
  /** Its documents are being made. */
  RUNNING,
  /** Every recipient was published to or skipped. */
  COMPLETED,
  /** Refused by an approver, with the reason. */
  REJECTED
}
