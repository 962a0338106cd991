package org.ccmportal.vault.application.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ccmportal.vault.api.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** How a failed start is worded for staff on the dashboard and in the API. */
class PublicationRunnerTest {

  @Test
  void aFailureWithoutACauseGivesItsMessage() {
    assertEquals(
        "data must be a JSON object",
        PublicationRunner.reason(
            new InvalidRequestException("data", "data must be a JSON object")));
  }

  @Test
  void theRootCauseIsAddedWhereItSaysMore() {
    RuntimeException failure =
        new UncheckedIOException(
            "records of publication 3 could not be written",
            new IOException("No space left on device"));
    assertEquals(
        "records of publication 3 could not be written (No space left on device)",
        PublicationRunner.reason(failure));
  }

  @Test
  void aCauseAlreadyInTheMessageIsNotRepeated() {
    IOException cause = new IOException("Connection refused");
    assertEquals(
        "java.io.IOException: Connection refused",
        PublicationRunner.reason(new RuntimeException(cause)));
  }

  @Test
  void aFailureWithoutAMessageIsNamedByItsType() {
    assertEquals(
        "IllegalStateException (NullPointerException)",
        PublicationRunner.reason(
            new IllegalStateException((String) null, new NullPointerException())));
  }
}
