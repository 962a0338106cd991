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
 * document. A RUNNING publication is COMPLETED when its bulk run is. One server runs the scheduler
 * (as for bulk runs); starts within it are serialised.
 */
@ApplicationScoped
public class PublicationRunner {
  private static final Logger LOG = Logger.getLogger(PublicationRunner.class.getName());

  @Inject PublicationSteps steps;
  @Inject PublicationRepository publications;
  @Inject DefaultBulkRunService bulkRuns;

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
        LOG.log(Level.SEVERE, "publication " + id + " could not be started", e);
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

  private static void delete(PublicationSteps.Prepared prepared) {
    try {
      Files.deleteIfExists(prepared.ndjson());
    } catch (IOException e) {
      LOG.warning("temporary records of publication " + prepared.publicationId() + " remain");
    }
  }
}
