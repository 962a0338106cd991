package org.ccmportal.portal.interfaces.startup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.ccmportal.vault.application.OutboxWorker;

/**
 * Stops the background workers first when the application goes down (undeploy, redeploy, server
 * shutdown). The web context stops before the persistence units and CDI contexts, so a worker
 * stopped here finishes its transaction while everything it needs still exists; stopped any later,
 * its transaction would be cut off and left open, holding its locks until the transaction timeout.
 */
@WebListener
public class GracefulShutdown implements ServletContextListener {
  private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());

  @Inject OutboxWorker outbox;

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    long start = System.nanoTime();
    outbox.stop();
    LOG.info(() -> "outbox worker stopped in " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }
}
