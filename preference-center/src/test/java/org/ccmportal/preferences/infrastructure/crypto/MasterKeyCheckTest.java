package org.ccmportal.preferences.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule: outside the demo stack the portal does not start without {@code CCM_MASTER_KEY}, and
 * says so in one log line naming the variable; on the demo stack the demo key stays the default.
 */
class MasterKeyCheckTest {
  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(MasterKeyCheck.class.getName());
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          logged.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
  }

  @Test
  void aMissingKeyOutsideDemoModeStopsTheStartWithOneLineNamingTheVariable() {
    for (Map<String, String> env :
        List.of(
            Map.<String, String>of(),
            Map.of("CCM_DEMO_DATA", "false"),
            Map.of("CCM_DEMO_DATA", "yes"),
            Map.of("CCM_MASTER_KEY", "  ", "CCM_DEMO_DATA", "false"))) {
      logged.clear();
      RuntimeException e =
          assertThrows(RuntimeException.class, () -> new MasterKeyCheck(() -> env).check());
      assertTrue(e.getMessage().contains("CCM_MASTER_KEY"), e.getMessage());
      assertEquals(0, e.getStackTrace().length, "no stack trace: the reason says it all");
      assertNotNull(e.getMessage());
      List<LogRecord> severe = logged.stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
      assertEquals(1, severe.size(), "one log line for " + env);
      assertTrue(severe.get(0).getMessage().contains("CCM_MASTER_KEY"));
      assertFalse(severe.get(0).getMessage().contains("\n"), "one line");
    }
  }

  @Test
  void aTooShortKeyStopsTheStartWithoutShowingIt() {
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () -> new MasterKeyCheck(() -> Map.of("CCM_MASTER_KEY", "short-secret")).check());
    assertTrue(e.getMessage().contains("CCM_MASTER_KEY"), e.getMessage());
    assertFalse(e.getMessage().contains("short-secret"), "the key is never shown");
  }

  @Test
  void aConfiguredKeyStartsInAnyMode() {
    String key = "a-configured-master-key-0123456789";
    assertDoesNotThrow(() -> new MasterKeyCheck(() -> Map.of("CCM_MASTER_KEY", key)).check());
    assertDoesNotThrow(
        () ->
            new MasterKeyCheck(() -> Map.of("CCM_MASTER_KEY", key, "CCM_DEMO_DATA", "true"))
                .check());
    assertTrue(logged.stream().noneMatch(r -> r.getMessage().contains(key)), "never logged");
  }

  @Test
  void theDemoStackKeepsTheDemoDefault() {
    assertDoesNotThrow(() -> new MasterKeyCheck(() -> Map.of("CCM_DEMO_DATA", "true")).check());
    assertEquals(MasterKey.DEMO_KEY, MasterKey.resolve(Map.of("CCM_DEMO_DATA", "true")));
  }

  @Test
  void theCheckRunsWhenTheApplicationIsDeployed() throws Exception {
    assertNotNull(MasterKeyCheck.class.getAnnotation(Startup.class), "@Startup");
    assertNotNull(MasterKeyCheck.class.getAnnotation(jakarta.ejb.Singleton.class), "@Singleton");
    assertNotNull(
        MasterKeyCheck.class.getMethod("check").getAnnotation(PostConstruct.class),
        "@PostConstruct");
  }
}
