package org.ccmportal.portal.it.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.ccmportal.portal.it.Api;
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
  static final Path TARGET = Path.of("target").toAbsolutePath();
  static final Path BASE = TARGET.resolve("crash-server");
  static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home")).toAbsolutePath();
  static final Path WAR = Path.of(System.getProperty("portal.war", "target/portal-web.war"));
  static final Path DEPLOYED = BASE.resolve("deployments/portal-web.war.deployed");
  static final Path FAILED = BASE.resolve("deployments/portal-web.war.failed");
  static final int[] PORTS = {8080, 9990};
  static final List<String> ENDED = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  private Process launcher;

  @Test
  void aRunCutOffByAKillIsRestartedOnStartAndMakesOneDocumentPerRecord() throws Exception {
    for (int port : PORTS) {
      assertTrue(free(port), "port " + port + " is in use: another server is running");
    }
    prepareBaseDir();
    String prefix = "it-crash:" + UUID.randomUUID();
    try {
      start(1);
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
      kill();
      long doneBeforeKill = before.getInt("done");
      long documentsBeforeKill = documents(prefix);
      System.out.printf(
          "crash: killed after %d of %d records (%d documents committed), %d ms after submit%n",
          doneBeforeKill,
          RECORDS,
          documentsBeforeKill,
          (System.nanoTime() - submittedAt) / 1_000_000);

      long restartedAt = System.nanoTime();
      start(2);
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
    } finally {
      stop();
    }
  }

  /** A fresh server base dir: the built server's configuration, and the WAR to deploy. */
  private static void prepareBaseDir() throws IOException {
    if (Files.exists(BASE)) {
      try (Stream<Path> old = Files.walk(BASE)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Path source = JBOSS_HOME.resolve("standalone");
    // data, tmp and log are the Arquillian server's (its transaction log, timers, bulk files)
    for (String dir : List.of("configuration", "deployments", "lib")) {
      Path from = source.resolve(dir);
      if (!Files.exists(from)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(from)) {
        for (Path p : files.toList()) {
          Path to = BASE.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    Files.createDirectories(BASE.resolve("deployments"));
    Files.copy(WAR, BASE.resolve("deployments/portal-web.war"));
  }

  /**
   * Starts the server on the base dir (its environment is this JVM's: the CCM_* settings) and waits
   * until it has booted with the portal deployed.
   */
  private void start(int round) throws Exception {
    Path console = TARGET.resolve("crash-server-" + round + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                JBOSS_HOME.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + BASE)
            .redirectErrorStream(true)
            .redirectOutput(console.toFile());
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
    builder.environment().put("JBOSS_HOME", JBOSS_HOME.toString());
    launcher = builder.start();
    long end = System.currentTimeMillis() + 180_000;
    while (true) {
      String log = Files.readString(console, StandardCharsets.UTF_8);
      if (Files.exists(FAILED)) {
        throw new AssertionError("the portal failed to deploy, see " + console);
      }
      // WFLYSRV0025/0026: boot finished (the scanner's first deployments are part of the boot)
      if (log.contains("WFLYSRV0026")) {
        throw new AssertionError("the server started with errors, see " + console);
      }
      if (log.contains("WFLYSRV0025") && Files.exists(DEPLOYED)) {
        return;
      }
      if (!launcher.isAlive()) {
        throw new AssertionError("the server exited while starting, see " + console);
      }
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("the server did not start in 180 s, see " + console);
      }
      Thread.sleep(500);
    }
  }

  /** SIGKILL to the server's JVM: no shutdown hook, no stopping of jobs, as in a crash. */
  private void kill() throws Exception {
    Optional<ProcessHandle> jvm = serverJvm();
    assertTrue(jvm.isPresent(), "no server JVM found for " + BASE);
    jvm.get().destroyForcibly();
    jvm.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    if (launcher != null) {
      launcher.destroyForcibly().waitFor();
    }
    awaitPortsFree();
  }

  /** Whatever happened, no server of this test outlives it. */
  private void stop() throws Exception {
    serverJvm().ifPresent(ProcessHandle::destroyForcibly);
    if (launcher != null) {
      launcher.descendants().forEach(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly().waitFor();
    }
    serverJvm().ifPresent(p -> p.onExit().join());
    awaitPortsFree();
  }

  private static Optional<ProcessHandle> serverJvm() {
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .filter(c -> c.contains("jboss-modules.jar") && c.contains(BASE.toString()))
                    .isPresent())
        .findFirst();
  }

  private static void awaitPortsFree() throws InterruptedException {
    long end = System.currentTimeMillis() + 60_000;
    for (int port : PORTS) {
      while (!free(port)) {
        if (System.currentTimeMillis() > end) {
          throw new AssertionError("port " + port + " still in use 60 s after the kill");
        }
        Thread.sleep(200);
      }
    }
  }

  private static boolean free(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return false;
    } catch (IOException e) {
      return true;
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
