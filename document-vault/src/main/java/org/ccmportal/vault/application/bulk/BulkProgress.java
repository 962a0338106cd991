package org.ccmportal.vault.application.bulk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccmportal.vault.api.BulkRun;

/**
 * What a run has done so far. Kept as the step's persistent user data, so it is saved with every
 * checkpoint and restored when a run is restarted: records after the last checkpoint are done again
 * (and found published by their external reference), never counted twice.
 */
public final class BulkProgress implements Serializable {
  private static final long serialVersionUID = 1L;

  private long done;
  private long failed;
  private final ArrayList<BulkRun.LineFailure> failures = new ArrayList<>();

  public void published() {
    done++;
  }

  public void refused(long line, String field, String reason) {
    failed++;
    if (failures.size() < BulkRun.MAX_FAILURES) {
      String shortReason = reason == null ? "refused" : reason;
      if (shortReason.length() > 300) {
        shortReason = shortReason.substring(0, 300) + "...";
      }
      failures.add(new BulkRun.LineFailure(line, field, shortReason));
    }
  }

  public long done() {
    return done;
  }

  public long failed() {
    return failed;
  }

  public List<BulkRun.LineFailure> failures() {
    return List.copyOf(failures);
  }
}
