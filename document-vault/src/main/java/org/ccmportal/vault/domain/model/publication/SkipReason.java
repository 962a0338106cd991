package org.ccmportal.vault.domain.model.publication;

/** Why a recipient of a marketing publication got nothing. */
public enum SkipReason {
  /** The customer has not granted (or has withdrawn) every marketing consent. */
  NO_MARKETING_CONSENT,
  /** Staff placed a marketing hold on the customer (e.g. an open complaint). */
  MARKETING_HOLD
}
