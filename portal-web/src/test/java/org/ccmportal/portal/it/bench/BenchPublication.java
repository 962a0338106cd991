package org.ccmportal.portal.it.bench;

import java.net.http.HttpResponse;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.SyntheticCustomers;
import org.ccmportal.portal.it.Tokens;

/**
 * A regulatory notice to synthetic customers {@code <prefix>1..<recipients>} through the real API
 * and maker-checker: created and submitted by paula (publisher), approved by arthur (approver).
 */
final class BenchPublication {
  /** Failed starts in a row (one every 10 s) after which a bench stops waiting. */
  private static final int START_ATTEMPTS = 6;

  private BenchPublication() {}

  /** Creates and submits the publication; returns its id. */
  static long submitted(String prefix, int recipients) throws Exception {
    String paula = Tokens.user("paula", "paula-demo-pw");
    String body = SyntheticCustomers.notice(paula, prefix, recipients);
    HttpResponse<String> created = Api.post("/api/v1/publications", paula, body);
    check(created.statusCode() == 201, "create: " + created.statusCode() + " " + created.body());
    long id = Api.json(created).getJsonNumber("id").longValue();
    HttpResponse<String> submitted = Api.post("/api/v1/publications/" + id + "/submit", paula, "");
    check(submitted.statusCode() == 200, "submit: " + submitted.body());
    return id;
  }

  static void approve(long id) throws Exception {
    HttpResponse<String> approved =
        Api.post(
            "/api/v1/publications/" + id + "/approve", Tokens.user("arthur", "arthur-demo-pw"), "");
    check(approved.statusCode() == 200, "approve: " + approved.body());
  }

  /**
   * A publication whose start keeps failing stays APPROVED with no documents, and the server tries
   * again every 10 s: give up after {@value #START_ATTEMPTS} failed starts in a row (about a
   * minute) with the server's reason, instead of waiting out the timeout.
   */
  static void failIfItCannotStart(long id) throws Exception {
    long failures = Database.count("select start_failures from vault.publication where id = ?", id);
    if (failures >= START_ATTEMPTS) {
      throw new IllegalStateException(
          "the publication could not be started "
              + failures
              + " times in a row: "
              + Database.string("select start_failure from vault.publication where id = ?", id));
    }
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
