package org.ccmportal.archive.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.archive.application.TreeHeadService;

/**
 * Signs a tree head every {@code CCM_ARCHIVE_STH_INTERVAL_S} seconds (default 300) when the log has
 * grown since the latest head; an unchanged log gets no new head. Starts after the migrations.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TreeHeadScheduler {

  private static final Logger LOG = Logger.getLogger(TreeHeadScheduler.class.getName());

  @Resource TimerService timers;
  @Inject TreeHeadService treeHeads;

  @PostConstruct
  void start() {
    long seconds = interval(System.getenv("CCM_ARCHIVE_STH_INTERVAL_S"));
    timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(null, false));
    LOG.info(() -> "archive: tree heads every " + seconds + " s when the log grew");
  }

  @Timeout
  void tick() {
    try {
      treeHeads.current();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "archive: periodic tree head failed", e);
    }
  }

  /** The interval in seconds: the variable's value if it is a positive integer, else 300. */
  static long interval(String value) {
    try {
      long s = value == null || value.isBlank() ? 300 : Long.parseLong(value.trim());
      return s > 0 ? s : 300;
    } catch (NumberFormatException e) {
      return 300;
    }
  }
}
