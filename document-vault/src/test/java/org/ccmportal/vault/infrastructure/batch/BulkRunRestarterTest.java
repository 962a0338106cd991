package org.ccmportal.vault.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which executions found at start-up were cut off by a crash, and so are restarted. */
class BulkRunRestarterTest {

  @Test
  void onlyExecutionsThatWereStillGoingAreRestarted() {
    EnumSet<BatchStatus> restarted = EnumSet.noneOf(BatchStatus.class);
    for (BatchStatus status : BatchStatus.values()) {
      if (BulkRunRestarter.leftUnfinished(status)) {
        restarted.add(status);
      }
    }
    assertEquals(
        EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING), restarted);
  }
}
