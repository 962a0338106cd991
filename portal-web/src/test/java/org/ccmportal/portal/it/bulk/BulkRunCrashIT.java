package org.ccmportal.portal.it.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.CrashServer;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A bulk run survives a crash of the server: the server (a WildFly of this test's own, not
 * Arquillian's) is killed with SIGKILL in the middle of a run, started again, and the application
 * restarts the unfinished run by itself; the run completes with exactly one document per record.
 * Runs in failsafe's {@code crash-tests} execution, after the Arquillian-managed server has
 * stopped, and needs the JDBC job repository (an in-memory one forgets the run with the server).
 */
class BulkRunCrashIT {
  static final int RECORDS = 400;
  static final int KILL_AFTER = 30;
  static final List<String> ENDED = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Test
  void aRunCutOffByAKillIsRestartedOnStartAndMakesOneDocumentPerRecord() throws Exception {
    String prefix = "it-crash:" + UUID.randomUUID();
    try (CrashServer server = new CrashServer("crash-server")) {
      server.start(1);
      String billing = Tokens.billing();
      StringBuilder file = new StringBuilder();
      for (int i = 1; i <= RECORDS; i++) {
        file.append(BulkRunsApiIT.record("C-1002", prefix + ":" + i)).append('\n');
      }
      HttpResponse<String> submitted =
          BulkRunsApiIT.submit(billing, "application/x-ndjson", file.toString());
      assertEquals(202, submitted.statusCode(), submitted.body());
      long id = Api.json(submitted).getJsonNumber("id").longValue();
      String path = "/api/v1/bulk-runs/" + id;

      long submittedAt = System.nanoTime();
      JsonObject before =
          await(path, billing, 180, r -> r.getInt("done") >= KILL_AFTER || ended(r));
      assertEquals("STARTED", before.getString("status"), "cut off mid-run: " + before);
      assertTrue(before.getInt("done") < RECORDS, "the run ended before the kill: add records");
      server.kill();
      long doneBeforeKill = before.getInt("done");
      long documentsBeforeKill = documents(prefix);
      System.out.printf(
          "crash: killed after %d of %d records (%d documents committed), %d ms after submit%n",
          doneBeforeKill,
          RECORDS,
          documentsBeforeKill,
          (System.nanoTime() - submittedAt) / 1_000_000);

      long restartedAt = System.nanoTime();
      server.start(2);
      long upAt = System.nanoTime();
      JsonObject after = await(path, Tokens.billing(), 300, BulkRunCrashIT::ended);
      System.out.printf(
          "crash: server up in %d ms, run %s %d ms after the restart began%n",
          (upAt - restartedAt) / 1_000_000,
          after.getString("status"),
          (System.nanoTime() - restartedAt) / 1_000_000);

      assertEquals("COMPLETED", after.getString("status"), after.toString());
      assertEquals(RECORDS, after.getInt("total"));
      assertEquals(RECORDS, after.getInt("done"), after.toString());
      assertEquals(0, after.getInt("failed"), after.toString());
      assertEquals(RECORDS, documents(prefix), "exactly one document per record");
      assertEquals(
          RECORDS,
          Database.count(
              "select count(distinct external_reference) from vault.document"
                  + " where external_reference like ?",
              prefix + ":%"),
          "no external reference twice");
    }
  }

  private static boolean ended(JsonObject run) {
    return ENDED.contains(run.getString("status"));
  }

  private static JsonObject await(
      String path, String token, int seconds, Predicate<JsonObject> condition) throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000L;
    while (true) {
      HttpResponse<String> response = Api.get(path, token);
      if (response.statusCode() == 401) { // the token expired during a long wait
        token = Tokens.billing();
        response = Api.get(path, token);
      }
      assertEquals(200, response.statusCode(), response.body());
      JsonObject run = Api.json(response);
      if (condition.test(run)) {
        return run;
      }
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("timed out after " + seconds + " s, run is " + run);
      }
      Thread.sleep(100);
    }
  }

  private static long documents(String prefix) throws Exception {
    return Database.count(
        "select count(*) from vault.document where external_reference like ?", prefix + ":%");
  }
}
