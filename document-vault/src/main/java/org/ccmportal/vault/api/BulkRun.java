package org.ccmportal.vault.api;

import java.util.List;

/**
 * Progress of a bulk run.
 *
 * @param id the run id (stays the same when the run is restarted after a crash)
 * @param status STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED
 * @param total records in the file
 * @param done records published (or found published before: same external reference)
 * @param failed records refused, each with its line and reason in {@code failures}
 * @param failures the first refused records (at most {@link #MAX_FAILURES} are kept)
 */
public record BulkRun(
    long id, String status, long total, long done, long failed, List<LineFailure> failures) {
  public static final int MAX_FAILURES = 1000;

  /** A record that was not published, and why. */
  public record LineFailure(long line, String field, String reason)
      implements java.io.Serializable {}
}
