package org.ccmportal.vault.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.vault.application.delivery.DeliveryAttempts;
import org.ccmportal.vault.application.delivery.DueDeliveries;
import org.ccmportal.vault.domain.model.delivery.OutboxLanes;
import org.ccmportal.vault.infrastructure.jpa.VaultPersistence;

/**
 * Polls the outbox and hands due items to {@link OutboxItemHandler}, then the email and SMS
 * delivery items that are due to {@link DeliveryAttempts}. Work survives a server crash: an item
 * stays pending until the transaction that handled it commits. Poll interval: {@code
 * CCM_OUTBOX_POLL_MS} (default 1000). A pass shares its outbox items between {@code
 * CCM_OUTBOX_THREADS} lanes by document ({@link OutboxLanes}): most of an item's time is spent
 * waiting for object storage, so documents are archived and planned side by side, each document's
 * items still in order. Two servers share the outbox the same way: a claimed item is skipped.
 *
 * <p>Stopping is graceful: {@link #stop()} lets the pass in flight finish its current item (its
 * transaction commits or rolls back) and waits for it, so an undeploy or shutdown never cuts a
 * transaction in half. A transaction cut off by the container tearing down the application around
 * it stays open on its pooled connection, holding its locks (the archive's append lock among them),
 * until the transaction timeout.
 */
@ApplicationScoped
public class OutboxWorker {
  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  private static final int BATCH = 100;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  /** Lanes of outbox work handled at once ({@code CCM_OUTBOX_THREADS}, default 4). */
  private final int threads = threads(System.getenv("CCM_OUTBOX_THREADS"));

  @Inject VaultPersistence persistence;
  @Inject OutboxItemHandler handler;
  @Inject DueItems dueItems;
  @Inject DueDeliveries dueDeliveries;
  @Inject DeliveryAttempts deliveries;

  /** Held by a pass while it runs; {@link #stop()} takes it to wait for the pass in flight. */
  private final ReentrantLock pass = new ReentrantLock();

  private volatile boolean stopping;
  private ScheduledFuture<?> task;

  /** Starts polling; called once the database schema is in place. */
  public synchronized void start() {
    if (task == null) {
      stopping = false;
      long pollMs = Long.parseLong(System.getenv().getOrDefault("CCM_OUTBOX_POLL_MS", "1000"));
      task = scheduler.scheduleWithFixedDelay(this::runOnce, pollMs, pollMs, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Stops polling and waits (up to 60 s) for the pass in flight to finish its current item. Called
   * when the application is going down, before its persistence units and CDI contexts stop.
   */
  @PreDestroy
  public synchronized void stop() {
    stopping = true;
    if (task != null) {
      task.cancel(false);
      task = null;
    }
    try {
      if (pass.tryLock(60, TimeUnit.SECONDS)) {
        pass.unlock();
      } else {
        LOG.warning("outbox: a pass was still running after 60 s at stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Handles every due outbox item, then every due delivery item, once (until asked to stop);
   * returns how many were handled.
   */
  public int runOnce() {
    if (stopping || !pass.tryLock()) {
      return 0;
    }
    try {
      return handleDueItems() + attemptDueDeliveries();
    } finally {
      pass.unlock();
    }
  }

  private int handleDueItems() {
    List<OutboxLanes.Due> due;
    try {
      due = dueItems.due(Instant.now(), BATCH);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox poll failed: " + e);
      return 0;
    }
    List<List<Long>> lanes = OutboxLanes.partition(due, threads);
    if (lanes.size() <= 1) {
      return lanes.isEmpty() ? 0 : handleAll(lanes.get(0));
    }
    // one task per lane; the pass (and so stop()) waits for all of them
    List<Future<Integer>> running = new ArrayList<>();
    List<List<Long>> here = new ArrayList<>();
    for (List<Long> lane : lanes) {
      try {
        running.add(executor.submit(() -> handleAll(lane)));
      } catch (RejectedExecutionException e) {
        here.add(lane);
      }
    }
    int handled = 0;
    for (List<Long> lane : here) {
      handled += handleAll(lane);
    }
    for (Future<Integer> f : running) {
      try {
        handled += f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        LOG.log(Level.WARNING, "outbox lane failed: " + e.getCause(), e.getCause());
      }
    }
    return handled;
  }

  private int handleAll(List<Long> ids) {
    int handled = 0;
    for (Long id : ids) {
      if (stopping) {
        break;
      }
      try {
        if (handler.handle(id)) {
          handled++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "outbox item " + id + " failed: " + e, e);
        handler.recordFailure(id, e);
      }
    }
    return handled;
  }

  private int attemptDueDeliveries() {
    int attempted = 0;
    try {
      for (Long id : dueDeliveries.ids(Instant.now(), 100)) {
        if (stopping) {
          break;
        }
        try {
          if (deliveries.attempt(id)) {
            attempted++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.FINE, "delivery item " + id + " attempt failed", e);
          deliveries.recordFailure(id, e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "delivery poll failed: " + e);
    }
    return attempted;
  }

  /** The number of lanes: the variable's value if it is an integer from 1 to 32, else 4. */
  static int threads(String value) {
    try {
      int n = value == null || value.isBlank() ? 4 : Integer.parseInt(value.strip());
      return n >= 1 && n <= 32 ? n : 4;
    } catch (NumberFormatException e) {
      return 4;
    }
  }

  /** Reads due items in a short transaction of its own. */
  @ApplicationScoped
  public static class DueItems {
    @Inject VaultPersistence persistence;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxLanes.Due> due(Instant now, int max) {
      return persistence.dueOutboxWork(now, max);
    }
  }
}
