package org.ccmportal.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Undeploying the portal while the outbox worker is busy leaves no transaction open behind it: the
 * worker finishes its item and stops before the persistence units go. (A transaction cut off there
 * stayed open on its pooled connection with the archive's append lock, and every later archive
 * append, such as an audit event, waited for it until the transaction timeout.) After the next
 * deployment the remaining work is done.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxShutdownIT {
  static final String PORTAL = "outbox-shutdown";
  static final int DOCUMENTS = 60;

  @ArquillianResource Deployer deployer;

  @Deployment(name = PORTAL, managed = false, testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void undeployingWhileTheOutboxIsBusyLeavesNoOpenTransactionAndTheWorkIsDoneLater()
      throws Exception {
    deployer.deploy(PORTAL);
    String prefix = Api.uniqueReference("it-outbox-shutdown");
    try {
      String billing = Tokens.billing();
      ExecutorService publishers = Executors.newFixedThreadPool(6);
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < DOCUMENTS; i++) {
        String reference = prefix + ":" + i;
        statuses.add(
            publishers.submit(
                () ->
                    Api.post(
                            "/api/v1/communications",
                            billing,
                            Api.statement("C-1002", reference, "Shutdown test statement"))
                        .statusCode()));
      }
      for (Future<Integer> status : statuses) {
        assertEquals(201, status.get());
      }
      publishers.shutdown();
      assertTrue(pendingWork(prefix) > 0, "the outbox is still busy when the undeploy starts");
    } finally {
      deployer.undeploy(PORTAL);
    }

    assertEquals(0, openTransactionsAfterUndeploy(), "no transaction left open by the worker");
    assertEquals(
        0,
        Database.count("select count(*) from pg_locks where locktype = 'advisory'"),
        "the archive append lock is free");

    deployer.deploy(PORTAL);
    try {
      long end = System.currentTimeMillis() + 180_000;
      while (pendingWork(prefix) > 0 && System.currentTimeMillis() < end) {
        Thread.sleep(500);
      }
      assertEquals(0, pendingWork(prefix), "the rest of the work is done after the redeploy");
      assertEquals(
          DOCUMENTS,
          Database.count(
              "select count(*) from vault.document d"
                  + " join archive.record r on r.event_id = 'vault-document:' || d.id"
                  + " where d.external_reference like ?",
              prefix + ":%"),
          "every document archived exactly once");
    } finally {
      deployer.undeploy(PORTAL);
    }
  }

  private static long pendingWork(String prefix) throws Exception {
    return Database.count(
        "select count(*) from vault.outbox o join vault.document d on d.id = o.document_id"
            + " where o.status = 'PENDING' and d.external_reference like ?",
        prefix + ":%");
  }

  /** Open transactions of the application's role, once in-flight ones have had time to end. */
  private static long openTransactionsAfterUndeploy() throws Exception {
    long open = 0;
    for (int i = 0; i < 20; i++) {
      open =
          Database.count(
              "select count(*) from pg_stat_activity where datname = current_database()"
                  + " and usename = current_user and pid <> pg_backend_pid()"
                  + " and state like 'idle in transaction%'");
      if (open == 0) {
        return 0;
      }
      Thread.sleep(250);
    }
    return open;
  }
}
