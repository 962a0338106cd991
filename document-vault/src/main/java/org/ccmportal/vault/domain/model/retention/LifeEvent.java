package org.ccmportal.vault.domain.model.retention;

/** Events in a customer relationship that can start a retention period. */
public enum LifeEvent {
  /** An insurance policy ended (expiry, cancellation, claim settled in full). */
  POLICY_END,
  /** An account was closed. */
  ACCOUNT_CLOSURE,
  /** The whole customer relationship ended. */
  RELATIONSHIP_END
}
