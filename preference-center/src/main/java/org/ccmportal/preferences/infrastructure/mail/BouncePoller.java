package org.ccmportal.preferences.infrastructure.mail;

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
import jakarta.mail.MessagingException;
import java.util.logging.Logger;
import org.ccmportal.preferences.application.EmailBounces;

/**
 * Reads the bounce mailbox every {@code CCM_BOUNCE_POLL_S} seconds (default 30) and applies each
 * delivery report: a permanent failure marks the address BOUNCED. One poll at a time; starts after
 * the migrations.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BouncePoller {
  private static final Logger LOG = Logger.getLogger(BouncePoller.class.getName());

  @Resource TimerService timers;
  @Inject ImapBounceMailbox mailbox;
  @Inject EmailBounces bounces;

  @PostConstruct
  void start() {
    long seconds = interval(System.getenv("CCM_BOUNCE_POLL_S"));
    timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig(null, false));
    LOG.info(() -> "bounce mailbox read every " + seconds + " s");
  }

  @Timeout
  void tick() {
    pollNow();
  }

  /** Reads the mailbox once (also what the timer does); returns the delivery reports handled. */
  public int pollNow() {
    try {
      int reports = mailbox.drain(bounces::apply);
      if (reports > 0) {
        LOG.info(() -> "bounce mailbox: " + reports + " delivery reports handled");
      }
      return reports;
    } catch (MessagingException | RuntimeException e) {
      LOG.warning("bounce mailbox could not be read: " + e);
      return 0;
    }
  }

  /** The interval in seconds: the variable's value if it is a positive integer, else 30. */
  static long interval(String value) {
    try {
      long s = value == null || value.isBlank() ? 30 : Long.parseLong(value.strip());
      return s > 0 ? s : 30;
    } catch (NumberFormatException e) {
      return 30;
    }
  }
}
