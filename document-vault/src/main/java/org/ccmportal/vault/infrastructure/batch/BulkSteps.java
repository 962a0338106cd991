package org.ccmportal.vault.infrastructure.batch;

import jakarta.batch.runtime.context.StepContext;
import org.ccmportal.vault.application.bulk.BulkProgress;

/**
 * Shared by the artifacts of the bulk step: the run's progress. The live object is the step's
 * transient user data; JBeret keeps persistent user data as a serialized snapshot, so {@link #save}
 * snapshots it after each change, and the snapshot is what each checkpoint stores and what a
 * restarted run starts from.
 */
final class BulkSteps {
  private BulkSteps() {}

  static BulkProgress progress(StepContext step) {
    if (step.getTransientUserData() instanceof BulkProgress live) {
      return live;
    }
    BulkProgress progress =
        step.getPersistentUserData() instanceof BulkProgress saved ? saved : new BulkProgress();
    step.setTransientUserData(progress);
    return progress;
  }

  static void save(StepContext step) {
    step.setPersistentUserData(progress(step));
  }
}
