package org.ccmportal.vault.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.vault.infrastructure.jpa.VaultPersistence;

/**
 * Polls the outbox and hands due items to {@link OutboxItemHandler}. Work survives a server crash:
 * an item stays pending until the transaction that handled it commits. Poll interval: {@code
 * CCM_OUTBOX_POLL_MS} (default 1000).
 */
@ApplicationScoped
public class OutboxWorker {
  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject VaultPersistence persistence;
  @Inject OutboxItemHandler handler;
  @Inject DueItems dueItems;

  private ScheduledFuture<?> task;

  /** Starts polling; called once the database schema is in place. */
  public synchronized void start() {
    if (task == null) {
      long pollMs = Long.parseLong(System.getenv().getOrDefault("CCM_OUTBOX_POLL_MS", "1000"));
      task = scheduler.scheduleWithFixedDelay(this::runOnce, pollMs, pollMs, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  public synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }

  /** Handles every due item once; returns how many were handled. */
  public int runOnce() {
    int handled = 0;
    try {
      for (Long id : dueItems.ids(Instant.now(), 100)) {
        try {
          if (handler.handle(id)) {
            handled++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "outbox item " + id + " failed: " + e, e);
          handler.recordFailure(id, e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "outbox poll failed: " + e);
    }
    return handled;
  }

  /** Reads due ids in a short transaction of its own. */
  @ApplicationScoped
  public static class DueItems {
    @Inject VaultPersistence persistence;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> ids(Instant now, int max) {
      return persistence.dueOutboxItems(now, max);
    }
  }
}
