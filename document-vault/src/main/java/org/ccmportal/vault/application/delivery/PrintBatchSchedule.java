package org.ccmportal.vault.application.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The daily print run: every queued print item goes into the day's batches. When: {@code
 * CCM_PRINT_BATCH_AT}, a UTC time {@code HH:MM} (default {@code 17:00}, before a print house's
 * evening collection), or {@code off} to run it only on demand ({@code POST
 * /api/v1/print-batches}).
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
public class PrintBatchSchedule {
  private static final Logger LOG = Logger.getLogger(PrintBatchSchedule.class.getName());
  static final LocalTime DEFAULT_AT = LocalTime.of(17, 0);

  @Inject PrintBatches batches;
  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    Optional<LocalTime> at = at(System.getenv("CCM_PRINT_BATCH_AT"));
    if (at.isEmpty()) {
      LOG.info("print batches run on demand only (CCM_PRINT_BATCH_AT=off)");
      return;
    }
    timers.createCalendarTimer(
        new ScheduleExpression()
            .timezone("UTC")
            .hour(at.get().getHour())
            .minute(at.get().getMinute())
            .second(0),
        new TimerConfig("daily print batch", false));
    LOG.info("print batches run daily at " + at.get() + " UTC");
  }

  /**
   * The configured time, empty for {@code off}.
   *
   * @throws IllegalStateException naming the variable when it is neither {@code HH:MM} nor off
   */
  static Optional<LocalTime> at(String configured) {
    if (configured == null || configured.isBlank()) {
      return Optional.of(DEFAULT_AT);
    }
    if ("off".equalsIgnoreCase(configured.strip())) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(configured.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "CCM_PRINT_BATCH_AT must be a UTC time HH:MM or off, not '" + configured + "'");
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void daily() {
    batches.run(Instant.now());
  }
}
