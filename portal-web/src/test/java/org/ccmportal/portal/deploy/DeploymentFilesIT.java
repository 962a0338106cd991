package org.ccmportal.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The deployment files: docker-compose.yml is valid for docker-compose 1.29 and has the five
 * services, the portal image runs as a non-root user through start-portal.sh, and start-portal.sh
 * decrypts ENC(...) settings made by encrypt-secret.sh without ever printing a secret.
 *
 * <p>Needs {@code docker-compose} on the PATH (no Docker engine) and the server built by {@code mvn
 * -pl wildfly-config install} (it carries ccm/start-portal.sh, encrypt-secret.sh and jasypt).
 */
class DeploymentFilesIT {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
  private static final Path DOCKERFILE = ROOT.resolve("wildfly-config/src/main/docker/Dockerfile");
  private static final Path LAUNCHER_DIR = ROOT.resolve("wildfly-config/target/server/ccm");
  private static final long TIMEOUT_SECONDS = 60;
  private static final String MASTER_KEY = "it-master-key-" + UUID.randomUUID();
  private static final String VARIABLE = "CCM_IT_ENCRYPTED_SECRET";

  @Test
  void composeFileIsValid() throws Exception {
    Result result =
        run(Map.of(), false, "docker-compose", "-f", COMPOSE.toString(), "config", "-q");
    assertEquals(0, result.exit(), "docker-compose config -q failed:\n" + result.output());
  }

  @Test
  void composeFileHasTheFiveServices() throws Exception {
    Result result =
        run(Map.of(), false, "docker-compose", "-f", COMPOSE.toString(), "config", "--services");
    assertEquals(0, result.exit(), result.output());
    Set<String> services = Set.copyOf(result.output().lines().map(String::trim).toList());
    for (String service : List.of("postgres", "keycloak", "minio", "minio-init", "portal")) {
      assertTrue(services.contains(service), service + " missing in " + services);
    }
  }

  @Test
  void portalImageRunsAsNonRootThroughTheLauncher() throws IOException {
    assertTrue(Files.isRegularFile(DOCKERFILE), DOCKERFILE + " is missing");
    List<String> instructions =
        Files.readAllLines(DOCKERFILE, StandardCharsets.UTF_8).stream()
            .map(String::trim)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    String user = null;
    String entrypoint = null;
    for (String line : instructions) {
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.startsWith("USER ")) {
        user = line.substring(5).trim();
      } else if (upper.startsWith("ENTRYPOINT ")) {
        entrypoint = line.substring(11).trim();
      }
    }
    assertTrue(user != null, "the Dockerfile sets no USER: the portal would run as root");
    String account = user.split(":")[0];
    assertFalse(
        account.equals("root") || account.equals("0"), "the portal runs as root: USER " + user);
    assertTrue(
        entrypoint != null && entrypoint.contains("start-portal.sh"),
        "ENTRYPOINT must be start-portal.sh, was " + entrypoint);
    assertTrue(
        instructions.stream().anyMatch(l -> l.matches("(?i)FROM\\s+eclipse-temurin:17-jre.*")),
        "the image must be based on eclipse-temurin:17-jre");
  }

  @Test
  void launcherDecryptsWhatEncryptSecretMadeAndNeverPrintsIt() throws Exception {
    String plain = "plain-" + UUID.randomUUID();
    String encrypted = encrypt(plain);

    Result check =
        run(
            Map.of("CCM_MASTER_KEY", MASTER_KEY, VARIABLE, encrypted),
            true,
            launcher("start-portal.sh"),
            "--check-secrets");
    assertEquals(0, check.exit(), "start-portal.sh --check-secrets failed:\n" + check.output());
    assertTrue(check.output().contains("1 secrets decrypted"), check.output());
    assertFalse(check.output().contains(plain), "the plain value was printed");
  }

  @Test
  void wrongMasterKeyStopsTheLauncherAndNamesOnlyTheVariable() throws Exception {
    String plain = "plain-" + UUID.randomUUID();
    String encrypted = encrypt(plain);

    Result check =
        run(
            Map.of("CCM_MASTER_KEY", "wrong-" + MASTER_KEY, VARIABLE, encrypted),
            true,
            launcher("start-portal.sh"),
            "--check-secrets");
    assertEquals(2, check.exit(), "expected exit 2:\n" + check.output());
    assertTrue(check.output().contains(VARIABLE), "the variable is not named: " + check.output());
    assertFalse(check.output().contains(plain), "the plain value was printed");
    assertFalse(check.output().contains(encrypted), "the encrypted value was printed");
  }

  @Test
  void missingMasterKeyStopsTheLauncher() throws Exception {
    String encrypted = encrypt("plain-" + UUID.randomUUID());

    Result check =
        run(Map.of(VARIABLE, encrypted), true, launcher("start-portal.sh"), "--check-secrets");
    assertEquals(2, check.exit(), "expected exit 2:\n" + check.output());
    assertTrue(check.output().contains(VARIABLE), check.output());
    assertTrue(check.output().contains("CCM_MASTER_KEY"), check.output());
  }

  private static String encrypt(String plain) throws Exception {
    Result result =
        run(Map.of("CCM_MASTER_KEY", MASTER_KEY), true, launcher("encrypt-secret.sh"), plain);
    assertEquals(0, result.exit(), "encrypt-secret.sh failed:\n" + result.output());
    String encrypted = result.output().trim();
    assertTrue(encrypted.matches("ENC\\([A-Za-z0-9+/=]+\\)"), "not ENC(base64): " + encrypted);
    assertFalse(encrypted.contains(plain));
    return encrypted;
  }

  private static String launcher(String script) {
    Path path = LAUNCHER_DIR.resolve(script);
    if (!Files.isExecutable(path)) {
      fail(path + " is missing: build the server first (mvn -pl wildfly-config install)");
    }
    return path.toString();
  }

  /**
   * Runs a command with a 60 s limit; stdout and stderr together. With {@code cleanEnvironment} the
   * process sees only PATH, JAVA_HOME and the given variables (no ENC(...) values or master key of
   * the caller).
   */
  private static Result run(Map<String, String> env, boolean cleanEnvironment, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    if (cleanEnvironment) {
      Map<String, String> inherited = Map.copyOf(builder.environment());
      builder.environment().clear();
      for (String name : List.of("PATH", "JAVA_HOME", "HOME")) {
        if (inherited.containsKey(name)) {
          builder.environment().put(name, inherited.get(name));
        }
      }
    }
    builder.environment().putAll(env);
    Path output = Files.createTempFile("deployment-files-it", ".out");
    try {
      builder.redirectErrorStream(true).redirectOutput(output.toFile());
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new AssertionError("cannot run " + command[0] + " (is it installed?)", e);
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail(command[0] + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private record Result(int exit, String output) {}
}
