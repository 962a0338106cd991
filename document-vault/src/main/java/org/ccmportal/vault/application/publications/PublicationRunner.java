package org.ccmportal.vault.application.publications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.BulkRun;
import org.ccmportal.vault.application.bulk.DefaultBulkRunService;
import org.ccmportal.vault.domain.model.publication.Publication;
import org.ccmportal.vault.domain.model.publication.PublicationRepository;

/**
 * Runs publications. A due publication is screened and its records handed to the bulk job (which
 * checkpoints and restarts after a crash) in three steps: prepare (one transaction), start the bulk
 * run (outside any transaction: the job runs on other threads), then mark it RUNNING. If the server
 * dies between the last two, the publication is started again later; every recipient's document has
 * the external reference {@code pub:<publicationId>:<customerId>}, so a second run makes no second
 * document. A start that fails is tried again on the next tick, and its reason is kept on the
 * publication for staff to see. A RUNNING publication is COMPLETED when its bulk run is. One server
 * runs the scheduler (as for bulk runs); starts within it are serialised.
 */
@ApplicationScoped
public class PublicationRunner {
  private static final Logger LOG = Logger.getLogger(PublicationRunner.class.getName());

  @Inject PublicationSteps steps;
  @Inject PublicationRepository publications;
  @Inject DefaultBulkRunService bulkRuns;

  /** Failed starts between two stack traces in the log (an hour of 10-second ticks). */
  static final int STACK_TRACE_EVERY = 360;

  private final ReentrantLock starting = new ReentrantLock();

  /** Starts the publication when it is approved and due; otherwise does nothing. */
  public void startIfDue(long id) {
    starting.lock();
    try {
      Instant now = Instant.now();
      Optional<PublicationSteps.Prepared> prepared = steps.prepare(id, now);
      if (prepared.isEmpty()) {
        return;
      }
      Long runId = null;
      try {
        if (prepared.get().records() > 0) {
          BulkRun run =
              bulkRuns.submitGenerated(
                  PublicationRoles.runner(id), BulkFormat.NDJSON, prepared.get().ndjson());
          runId = run.id();
        }
      } finally {
        delete(prepared.get());
      }
      Long started = runId;
      if (steps.started(id, runId, now)) {
        LOG.info(
            () ->
                "publication "
                    + id
                    + " started: "
                    + prepared.get().records()
                    + " records, bulk run "
                    + started);
      }
    } finally {
      starting.unlock();
    }
  }

  /** Completes the publication when its bulk run has completed. */
  public void completeIfDone(long id) {
    Publication p = publications.find(id).orElse(null);
    if (p == null || p.bulkRunId() == null) {
      return;
    }
    String status = bulkRuns.find(PublicationRoles.runner(id), p.bulkRunId()).status();
    if ("COMPLETED".equals(status)) {
      steps.completed(id, Instant.now());
      LOG.info(() -> "publication " + id + " completed");
    }
  }

  /** One pass of the scheduler: start what is due, complete what is done. */
  public void tick(Instant now) {
    List<Long> due = publications.due(now);
    for (Long id : due) {
      try {
        startIfDue(id);
      } catch (RuntimeException e) {
        recordFailure(id, e, now);
      }
    }
    for (Long id : publications.running()) {
      try {
        completeIfDone(id);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "publication " + id + " could not be checked", e);
      }
    }
  }

  /**
   * Keeps why the start failed on the publication (its own transaction: the failed one rolled
   * back), so that staff see it; when even that fails (the database is down), the log has it.
   */
  private void recordFailure(long id, RuntimeException failure, Instant now) {
    int failures = 0;
    try {
      failures = steps.startFailed(id, reason(failure), now);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "the start failure of publication " + id + " could not be recorded", e);
    }
    // the stack trace on the first failure and then once an hour, not on every tick
    if (failures <= 1 || failures % STACK_TRACE_EVERY == 0) {
      LOG.log(Level.SEVERE, "publication " + id + " could not be started", failure);
    } else {
      int n = failures;
      LOG.severe(
          () ->
              "publication "
                  + id
                  + " could not be started ("
                  + n
                  + " in a row): "
                  + reason(failure));
    }
  }

  /** The failure as staff read it: its message, and its root cause's where that says more. */
  static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String top = message(failure);
    String cause = message(root);
    return root == failure || top.contains(cause) ? top : top + " (" + cause + ")";
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip();
  }

  private static void delete(PublicationSteps.Prepared prepared) {
    try {
      Files.deleteIfExists(prepared.ndjson());
    } catch (IOException e) {
      LOG.warning("temporary records of publication " + prepared.publicationId() + " remain");
    }
  }
}
