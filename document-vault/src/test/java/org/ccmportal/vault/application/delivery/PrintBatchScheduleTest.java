package org.ccmportal.vault.application.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrintBatchScheduleTest {

  @Test
  void withoutASettingTheBatchRunsAtFiveInTheAfternoon() {
    assertEquals(Optional.of(LocalTime.of(17, 0)), PrintBatchSchedule.at(null));
    assertEquals(Optional.of(LocalTime.of(17, 0)), PrintBatchSchedule.at(" "));
  }

  @Test
  void aTimeOrOffIsTaken() {
    assertEquals(Optional.of(LocalTime.of(6, 30)), PrintBatchSchedule.at("06:30"));
    assertTrue(PrintBatchSchedule.at("OFF").isEmpty());
  }

  @Test
  void anythingElseStopsTheDeploymentNamingTheVariable() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> PrintBatchSchedule.at("5pm"));
    assertTrue(e.getMessage().startsWith("CCM_PRINT_BATCH_AT"), e.getMessage());
  }
}
