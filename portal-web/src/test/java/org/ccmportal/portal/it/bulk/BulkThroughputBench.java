package org.ccmportal.portal.it.bulk;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;

/**
 * End-to-end bulk throughput on the running server: one NDJSON file of {@code bench.bulk.records}
 * statements (default 10,000) goes through {@code POST /api/v1/bulk-runs} and the real batch job
 * (render, {@code documents} bucket, document row and outbox), then the outbox copies each document
 * into the archive (WORM object and Merkle leaf). Measures the time until the job has ended and
 * until every document of the run is archived. The records belong to bench customers ({@code
 * BENCH-BULK-0..99}) under external references {@code bench-bulk:<run>:<n>}, never to real ones;
 * the archive keeps its copies (it cannot forget). Ends with one line {@code RESULT ...}.
 */
public final class BulkThroughputBench {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final List<String> ENDED = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  private BulkThroughputBench() {}

  public static void main(String[] args) throws Exception {
    int records = Integer.getInteger("bench.bulk.records", 10_000);
    long timeoutS = Long.getLong("bench.bulk.timeout.s", 4 * 3600);
    String prefix = "bench-bulk:" + UUID.randomUUID();
    StringBuilder file = new StringBuilder(records * 420);
    for (int n = 1; n <= records; n++) {
      file.append(
              Api.statement("BENCH-BULK-" + (n % 100), prefix + ":" + n, "Bench bulk statement")
                  .replace("\n", " ")
                  .strip())
          .append('\n');
    }
    byte[] body = file.toString().getBytes(StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT, "bulk: %d records, %.1f MB, run %s%n", records, body.length / 1e6, prefix);

    String token = Tokens.billing();
    long start = System.nanoTime();
    HttpResponse<String> submitted =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(Stack.PORTAL + "/api/v1/bulk-runs"))
                .timeout(Duration.ofSeconds(300))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (submitted.statusCode() != 202) {
      throw new IllegalStateException("submit: " + submitted.statusCode() + " " + submitted.body());
    }
    double acceptedS = seconds(start);
    long id = Api.json(submitted).getJsonNumber("id").longValue();
    long deadline = System.nanoTime() + timeoutS * 1_000_000_000L;

    JsonObject run;
    long tokenAt = System.nanoTime();
    long lastReport = System.nanoTime();
    int doneAtLastReport = 0;
    while (true) {
      if (seconds(tokenAt) > 60) {
        token = Tokens.billing(); // tokens are short-lived; the run may not be
        tokenAt = System.nanoTime();
      }
      run = Api.json(Api.get("/api/v1/bulk-runs/" + id, token));
      if (ENDED.contains(run.getString("status"))) {
        break;
      }
      if (System.nanoTime() - lastReport > 60_000_000_000L) {
        int done = run.getInt("done");
        System.out.printf(
            Locale.ROOT,
            "bulk: %d of %d after %.0f s (%.1f documents/s in the last minute)%n",
            done,
            records,
            seconds(start),
            (done - doneAtLastReport) / seconds(lastReport));
        lastReport = System.nanoTime();
        doneAtLastReport = done;
      }
      check(deadline, "the job did not end: " + run);
      Thread.sleep(250);
    }
    double jobS = seconds(start);
    long archivedAtJobEnd = archived(prefix);
    long archived = archivedAtJobEnd;
    boolean waitForArchive = !"0".equals(System.getProperty("bench.bulk.waitArchive", "1").trim());
    while (waitForArchive && (archived = archived(prefix)) < run.getInt("done")) {
      check(deadline, "only " + archived + " documents archived");
      Thread.sleep(250);
    }
    double wallS = seconds(start);
    long documents =
        Database.count(
            "select count(*) from vault.document where external_reference like ?", prefix + ":%");
    System.out.printf(
        Locale.ROOT,
        "run %d %s: %d published, %d refused; %d documents, %d archived%n"
            + "accepted after %.1f s, job ended after %.1f s, all archived after %.1f s%n",
        id,
        run.getString("status"),
        run.getInt("done"),
        run.getInt("failed"),
        documents,
        archived,
        acceptedS,
        jobS,
        wallS);
    if (!"COMPLETED".equals(run.getString("status")) || documents != records) {
      throw new IllegalStateException("the run did not publish every record: " + run);
    }
    if (!waitForArchive) {
      // render + store + database only; the archive copies follow from the outbox afterwards
      System.out.printf(
          Locale.ROOT,
          "RESULT bulk_records=%d bulk_job_docs_per_s=%.1f bulk_job_s=%.1f"
              + " bulk_archived_at_job_end=%d%n",
          records,
          records / jobS,
          jobS,
          archivedAtJobEnd);
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "RESULT bulk_records=%d bulk_docs_per_s=%.1f bulk_wall_s=%.1f bulk_job_docs_per_s=%.1f"
            + " bulk_job_s=%.1f%n",
        records,
        records / wallS,
        wallS,
        records / jobS,
        jobS);
  }

  /** Documents of the run whose copy is in the archive. */
  private static long archived(String prefix) throws Exception {
    return Database.count(
        "select count(*) from vault.document d join archive.record r"
            + " on r.event_id = 'vault-document:' || d.id"
            + " where d.external_reference like ?",
        prefix + ":%");
  }

  private static void check(long deadline, String message) {
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException("timed out: " + message);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
