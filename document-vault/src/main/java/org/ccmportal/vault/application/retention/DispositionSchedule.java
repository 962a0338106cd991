package org.ccmportal.vault.application.retention;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/** Runs the disposition job every night at 02:30 (server time), once per server. */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
public class DispositionSchedule {

  @Inject DispositionService disposition;

  @Schedule(hour = "2", minute = "30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void nightly() {
    disposition.run(Instant.now());
  }
}
