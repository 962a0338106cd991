package org.ccmportal.vault.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.domain.model.retention.RetainedObjects;

/**
 * The disposition job: removes documents whose retention has passed and that no legal hold covers,
 * each in its own transaction (see {@link DispositionStep}), then deletes their objects from the
 * documents bucket (bypassing GOVERNANCE retention). Rows are deleted, not marked: the archive
 * keeps the communication and the DISPOSITION event, and the vault keeps nothing it may no longer
 * keep.
 */
@ApplicationScoped
public class DispositionService {
  private static final Logger LOG = Logger.getLogger(DispositionService.class.getName());
  private static final int BATCH = 200;

  @Inject DispositionStep step;
  @Inject RetainedObjects objects;

  /** A run asked for by an administrator. */
  public RetentionViews.DispositionRun run(Actor actor) {
    RetentionService.requireRole(actor, "admin");
    return run(Instant.now());
  }

  /** One run over every document due at {@code now} (scheduled runs call this directly). */
  public RetentionViews.DispositionRun run(Instant now) {
    int examined = 0;
    int disposed = 0;
    int held = 0;
    int deferred = 0;
    int failed = 0;
    // candidates are read in batches; held and deferred ones stay expired, so skip past them
    int skip = 0;
    while (true) {
      List<UUID> batch = step.candidates(now, skip + BATCH).stream().skip(skip).toList();
      if (batch.isEmpty()) {
        break;
      }
      for (UUID id : batch) {
        examined++;
        try {
          DispositionStep.Result result = step.dispose(id, now);
          switch (result.outcome()) {
            case DISPOSED -> {
              disposed++;
              if (result.objectToRemove() != null) {
                removeObject(result.objectToRemove());
              }
            }
            case HELD -> {
              held++;
              skip++;
            }
            case DEFERRED -> {
              deferred++;
              skip++;
            }
            case GONE -> {}
          }
        } catch (RuntimeException e) {
          failed++;
          skip++;
          LOG.log(Level.WARNING, "disposition of document " + id + " failed", e);
        }
      }
    }
    RetentionViews.DispositionRun run =
        new RetentionViews.DispositionRun(examined, disposed, held, deferred, failed);
    LOG.info("disposition run: " + run);
    return run;
  }

  private void removeObject(String key) {
    try {
      objects.remove(key);
    } catch (RuntimeException e) {
      // the row is gone and the object's retention has passed: an orphan, harmless, logged
      LOG.log(Level.WARNING, "disposed object could not be removed from storage: " + key, e);
    }
  }
}
