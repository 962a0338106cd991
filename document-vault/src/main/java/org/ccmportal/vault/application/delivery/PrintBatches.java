package org.ccmportal.vault.application.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.domain.model.delivery.PdfMerger;
import org.ccmportal.vault.domain.model.delivery.PrintDrop;
import org.ccmportal.vault.domain.model.document.DocumentStore;
import org.ccmportal.vault.domain.model.document.StoredObject;

/**
 * The daily print batch: every queued print item becomes part of one merged PDF with a CSV manifest
 * (document, customer, postal address), written to the print drop at {@code
 * print-drop/<date>/<batch>/}; then its items are marked sent with the batch id.
 *
 * <p>Nothing is printed twice and nothing is lost if the server dies half-way: items are first
 * assigned to the batch (committed), then the files are written, then the items are confirmed
 * (committed). A batch assigned but not confirmed is written again, under the same name (replacing
 * its files), by the next run, before new items are collected.
 */
@ApplicationScoped
public class PrintBatches {
  private static final Logger LOG = Logger.getLogger(PrintBatches.class.getName());

  /** The most documents in one batch; the rest go into further batches of the same run. */
  static final int MAX_DOCUMENTS = 2000;

  /**
   * The most items claimed in one transaction. Transactions stay short because each dead-lettered
   * item is an archive append, and the archive's append lock is held until commit: a long one would
   * stall every other archive append (the outbox's among them).
   */
  static final int CHUNK = 25;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject PrintBatchSteps steps;
  @Inject DocumentStore store;
  @Inject PdfMerger merger;
  @Inject PrintDrop drop;

  private final ReentrantLock running = new ReentrantLock();

  /**
   * A run on demand by staff ({@code admin} or {@code publisher}). It runs in the background and
   * this waits for it up to {@code wait}: the run when it ended by then, else empty (the run goes
   * on, marking its items sent or dead as it goes).
   */
  public Optional<PrintRun> run(Actor actor, Duration wait) {
    DeliveryAccess.requireAnyRole(actor, "admin", "publisher");
    Future<PrintRun> run = executor.submit(() -> run(Instant.now()));
    try {
      return Optional.of(run.get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("the print run failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Collects every queued print item into batches and writes them; one run at a time. */
  public PrintRun run(Instant now) {
    running.lock();
    try {
      int deadLettered = 0;
      String batch = PrintBatchSteps.newBatchId(now);
      int inBatch = 0;
      while (true) {
        PrintBatchSteps.Assigned assigned = steps.assign(now, CHUNK, batch);
        deadLettered += assigned.deadLettered();
        inBatch += assigned.assigned();
        if (assigned.assigned() + assigned.deadLettered() == 0) {
          break;
        }
        if (inBatch >= MAX_DOCUMENTS) {
          batch = PrintBatchSteps.newBatchId(now);
          inBatch = 0;
        }
      }
      List<PrintBatchReport> reports = new ArrayList<>();
      for (String open : steps.openBatches()) {
        reports.add(write(open, now));
      }
      LOG.info(
          "print run: " + reports.size() + " batches, " + deadLettered + " items without address");
      return new PrintRun(reports, deadLettered);
    } finally {
      running.unlock();
    }
  }

  private PrintBatchReport write(String batch, Instant now) {
    List<PrintBatchSteps.Entry> entries = steps.contents(batch);
    List<PrintBatchSteps.Entry> withAddress = new ArrayList<>();
    List<Long> withoutAddress = new ArrayList<>();
    for (PrintBatchSteps.Entry entry : entries) {
      if (entry.address().isEmpty()) {
        withoutAddress.add(entry.itemId());
      } else {
        withAddress.add(entry);
      }
    }
    // the bytes are checked against their recorded SHA-256 as in the inbox: never print others
    List<byte[]> read =
        store.getAll(withAddress.stream().map(PrintBatchSteps.Entry::objectKey).toList());
    List<PrintBatchSteps.Entry> printed = new ArrayList<>();
    List<byte[]> pdfs = new ArrayList<>();
    Map<Long, String> tampered = new LinkedHashMap<>();
    for (int i = 0; i < withAddress.size(); i++) {
      PrintBatchSteps.Entry entry = withAddress.get(i);
      String actual = StoredObject.sha256Of(read.get(i));
      if (actual.equals(entry.sha256())) {
        printed.add(entry);
        pdfs.add(read.get(i));
      } else {
        tampered.put(entry.itemId(), actual);
      }
    }
    List<String> objects = List.of();
    int pages = 0;
    if (!printed.isEmpty()) {
      PdfMerger.Merged merged = merger.merge(pdfs);
      List<ManifestCsv.Row> rows = new ArrayList<>();
      for (int i = 0; i < printed.size(); i++) {
        PrintBatchSteps.Entry e = printed.get(i);
        rows.add(
            new ManifestCsv.Row(
                e.documentId(), e.customerId(), merged.pages().get(i), e.address().get()));
        pages += merged.pages().get(i);
      }
      String folder = "print-drop/" + PrintBatchSteps.dateOf(batch) + "/" + batch + "/";
      objects = drop.write(folder, merged.pdf(), ManifestCsv.write(rows));
    }
    steps.complete(
        batch,
        printed.stream().map(PrintBatchSteps.Entry::itemId).toList(),
        withoutAddress,
        tampered,
        now);
    LOG.info(
        "print batch "
            + batch
            + ": "
            + printed.size()
            + " documents, "
            + pages
            + " pages"
            + (tampered.isEmpty() ? "" : ", " + tampered.size() + " failed their integrity check"));
    return new PrintBatchReport(batch, drop.bucket(), objects, printed.size(), pages);
  }
}
