package org.ccmportal.vault.application.publications;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Every 10 seconds: starts approved publications whose time has come (including any approved one
 * whose start was interrupted by a crash) and completes those whose bulk run has finished. Once per
 * server; the ticks of a singleton never overlap.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
public class PublicationSchedule {

  @Inject PublicationRunner runner;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    runner.tick(Instant.now());
  }
}
