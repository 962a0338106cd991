package org.ccmportal.vault.domain.model.retention;

/** What starts a retention period. */
public enum RetentionTrigger {
  /** The document's issue date: the retain-until date is known when it is published. */
  ISSUE_DATE,
  /** A later event about the customer (see {@link LifeEvent}); until it happens, keep it. */
  EVENT
}
