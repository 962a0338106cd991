package org.ccmportal.portal.it.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.BulkRun;
import org.ccmportal.vault.api.BulkRunFacade;
import org.ccmportal.vault.infrastructure.batch.BulkRunRestarter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: a run cut off mid-way and restarted by the start-up restarter's restart (from its
 * last checkpoint, with its own parameters) ends with exactly one document per record and the right
 * counts. (The crash itself, a kill -9 of the server, needs the JDBC job repository; see
 * BulkRunRestarter.)
 */
@ExtendWith(ArquillianExtension.class)
class BulkRunRestartIT {
  static final int RECORDS = 120;

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class,
            new java.io.File(System.getProperty("portal.war", "target/portal-web.war")))
        .addClass(BulkRunRestartIT.class);
  }

  @Inject BulkRunFacade runs;
  @Inject BulkRunRestarter restarter;

  @Resource(lookup = "java:jboss/datasources/CcmDS")
  DataSource db;

  @Test
  void aRunCutOffAndRestartedMakesExactlyOneDocumentPerRecord() throws Exception {
    Actor publisher = new Actor("it-restart", null, Set.of("publisher"));
    String prefix = "it-restart:" + UUID.randomUUID();
    StringBuilder file = new StringBuilder();
    for (int i = 1; i <= RECORDS; i++) {
      file.append(
              "{\"customerId\":\"C-1002\",\"documentType\":\"REGULATORY_NOTICE\","
                  + "\"externalReference\":\"")
          .append(prefix)
          .append(':')
          .append(i)
          .append(
              "\",\"title\":\"Restart notice\",\"data\":{\"customerName\":\"Test Customer\","
                  + "\"addressLines\":[\"1 Test Street\"],\"title\":\"Changes\","
                  + "\"effectiveDate\":\"2026-03-01\",\"paragraphs\":[\"Text.\"]}}\n");
    }
    BulkRun run =
        runs.submit(
            publisher,
            BulkFormat.NDJSON,
            new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)));
    var operator = BatchRuntime.getJobOperator();

    await(run.id(), publisher, r -> r.done() >= 10);
    operator.stop(run.id());
    await(run.id(), publisher, r -> r.status().equals("STOPPED"));
    BulkRun stopped = runs.find(publisher, run.id());
    assertTrue(stopped.done() < RECORDS, "cut off before the end: " + stopped);

    long restartedAs = restarter.restart(operator, operator.getJobExecution(run.id()));
    assertTrue(restartedAs != run.id());
    BulkRun done = await(run.id(), publisher, r -> !r.status().startsWith("START"));
    assertEquals(BatchStatus.COMPLETED.name(), done.status(), done.toString());
    assertEquals(RECORDS, done.done());
    assertEquals(0, done.failed());
    assertEquals(RECORDS, documents(prefix), "exactly one document per record");
  }

  private BulkRun await(long id, Actor actor, Predicate<BulkRun> condition) throws Exception {
    long end = System.currentTimeMillis() + 240_000;
    while (true) {
      BulkRun run = runs.find(actor, id);
      if (condition.test(run)) {
        return run;
      }
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("timed out waiting, run is " + run);
      }
      Thread.sleep(200);
    }
  }

  private long documents(String prefix) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) from vault.document where external_reference like ?")) {
      ps.setString(1, prefix + ":%");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
