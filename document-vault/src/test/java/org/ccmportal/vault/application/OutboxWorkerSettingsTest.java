package org.ccmportal.vault.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutboxWorkerSettingsTest {

  @Test
  void outboxLanesComeFromTheVariableWithinBoundsElseFour() {
    assertEquals(4, OutboxWorker.threads(null));
    assertEquals(4, OutboxWorker.threads(" "));
    assertEquals(1, OutboxWorker.threads("1"));
    assertEquals(8, OutboxWorker.threads(" 8 "));
    assertEquals(32, OutboxWorker.threads("32"));
    assertEquals(4, OutboxWorker.threads("0"));
    assertEquals(4, OutboxWorker.threads("33"));
    assertEquals(4, OutboxWorker.threads("many"));
  }
}
