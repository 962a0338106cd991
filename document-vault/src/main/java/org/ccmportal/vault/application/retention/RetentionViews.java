package org.ccmportal.vault.application.retention;

import java.time.Instant;
import org.ccmportal.vault.domain.model.document.RetentionRule;

/** What the retention use cases return to the interfaces (never entities). */
public final class RetentionViews {
  private RetentionViews() {}

  /** A retention rule; {@code event} is null for ISSUE_DATE rules. */
  public record Rule(
      String documentType,
      String period,
      String trigger,
      String event,
      String updatedBy,
      Instant updatedAt) {
    static Rule of(RetentionRule r) {
      return new Rule(
          r.documentType().name(),
          r.period().toString(),
          r.trigger().name(),
          r.event() == null ? null : r.event().name(),
          r.updatedBy(),
          r.updatedAt());
    }
  }

  /** The outcome of recording an event: how many documents now have a retain-until date. */
  public record EventRecorded(long eventId, int documentsUpdated) {}

  /** The outcome of one disposition run. */
  public record DispositionRun(int examined, int disposed, int held, int deferred, int failed) {}
}
