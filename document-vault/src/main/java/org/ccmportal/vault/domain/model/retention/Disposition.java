package org.ccmportal.vault.domain.model.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * The disposition rule: a document may be removed only when its retain-until date has passed and no
 * legal hold covers it (its archived record or its customer). A document whose retention waits for
 * an event ({@link RetentionRuleDates#UNTIL_EVENT}) is never due.
 */
public final class Disposition {
  private Disposition() {}

  /** Whether a document retained until {@code retainUntil} may be removed {@code now}. */
  public static boolean isDue(
      UUID documentId, String customerId, Instant retainUntil, Instant now, LegalHolds holds) {
    if (retainUntil == null || !retainUntil.isBefore(now)) {
      return false;
    }
    return !holds.isOnHold(documentId, customerId);
  }
}
