package org.ccmportal.portal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A WildFly of a crash test's own (not Arquillian's), on a fresh base dir with the built server's
 * configuration and the WAR: started, killed with SIGKILL as in a crash, started again. Its
 * environment is the test JVM's (the CCM_* settings). Crash tests run in failsafe's {@code
 * crash-tests} execution, after the Arquillian-managed server has stopped.
 */
public final class CrashServer implements AutoCloseable {
  static final Path TARGET = Path.of("target").toAbsolutePath();
  static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home")).toAbsolutePath();
  static final Path WAR = Path.of(System.getProperty("portal.war", "target/portal-web.war"));
  static final int[] PORTS = {8080, 9990};

  private final Path base;
  private final Path deployed;
  private final Path failed;
  private final String name;
  private Process launcher;

  /** A server named {@code name} (its base dir is {@code target/<name>}), not started yet. */
  public CrashServer(String name) throws IOException {
    this.name = name;
    this.base = TARGET.resolve(name);
    this.deployed = base.resolve("deployments/portal-web.war.deployed");
    this.failed = base.resolve("deployments/portal-web.war.failed");
    for (int port : PORTS) {
      assertTrue(free(port), "port " + port + " is in use: another server is running");
    }
    prepareBaseDir();
  }

  /** A fresh base dir: the built server's configuration, and the WAR to deploy. */
  private void prepareBaseDir() throws IOException {
    if (Files.exists(base)) {
      try (Stream<Path> old = Files.walk(base)) {
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
          Path to = base.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(WAR, base.resolve("deployments/portal-web.war"));
  }

  /** Starts the server and waits until it has booted with the portal deployed. */
  public void start(int round) throws Exception {
    Path console = TARGET.resolve(name + "-" + round + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                JBOSS_HOME.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base)
            .redirectErrorStream(true)
            .redirectOutput(console.toFile());
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder.environment().put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
    builder.environment().put("JBOSS_HOME", JBOSS_HOME.toString());
    launcher = builder.start();
    long end = System.currentTimeMillis() + 180_000;
    while (true) {
      String log = Files.readString(console, StandardCharsets.UTF_8);
      if (Files.exists(failed)) {
        throw new AssertionError("the portal failed to deploy, see " + console);
      }
      // WFLYSRV0025/0026: boot finished (the scanner's first deployments are part of the boot)
      if (log.contains("WFLYSRV0026")) {
        throw new AssertionError("the server started with errors, see " + console);
      }
      if (log.contains("WFLYSRV0025") && Files.exists(deployed)) {
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
  public void kill() throws Exception {
    Optional<ProcessHandle> jvm = serverJvm();
    assertTrue(jvm.isPresent(), "no server JVM found for " + base);
    jvm.get().destroyForcibly();
    jvm.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    if (launcher != null) {
      launcher.destroyForcibly().waitFor();
    }
    awaitPortsFree();
  }

  /** Whatever happened, no server of this test outlives it. */
  @Override
  public void close() throws Exception {
    serverJvm().ifPresent(ProcessHandle::destroyForcibly);
    if (launcher != null) {
      launcher.descendants().forEach(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly().waitFor();
    }
    serverJvm().ifPresent(p -> p.onExit().join());
    awaitPortsFree();
  }

  private Optional<ProcessHandle> serverJvm() {
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .filter(c -> c.contains("jboss-modules.jar") && c.contains(base.toString()))
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
}
