package org.ccmportal.preferences.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The rule: falling back to the demo key on the local stack is announced once per JVM, not on every
 * use of the key (which would flood the log and hide real events).
 */
class MasterKeyDemoWarningTest {

  @Test
  void theDemoKeyWarningIsLoggedOncePerJvm() {
    Map<String, String> demo = Map.of("CCM_DEMO_DATA", "true");
    List<LogRecord> logged = new ArrayList<>();
    Logger logger = Logger.getLogger(MasterKey.class.getName());
    Handler handler =
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
    logger.addHandler(handler);
    try {
      // the first resolution in this JVM may have happened in another test: it logs at most once
      for (int i = 0; i < 5; i++) {
        assertEquals(MasterKey.DEMO_KEY, MasterKey.resolve(demo));
      }
      assertTrue(logged.size() <= 1, "at most one warning: " + logged.size());
      int before = logged.size();
      for (int i = 0; i < 5; i++) {
        MasterKey.resolve(demo);
        MasterKey.from(demo);
      }
      assertEquals(before, logged.size(), "no further warning in this JVM");
      // a configured key never warns
      MasterKey.resolve(Map.of("CCM_MASTER_KEY", "a-configured-master-key-0123456789"));
      assertEquals(before, logged.size());
    } finally {
      logger.removeHandler(handler);
    }
  }
}
