package org.ccmportal.portal.it.bench;

import static org.ccmportal.portal.it.bench.BenchPublication.check;
import static org.ccmportal.portal.it.bench.BenchPublication.seconds;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.SyntheticCustomers;
import org.ccmportal.portal.it.Tokens;

/**
 * Publishes a regulatory notice to {@code bench.publish.recipients} synthetic customers (default
 * 100,000; every 10th with email, every 25th with SMS, all paperless) through the real API and
 * maker-checker, and measures from the approval: the time until every document exists
 * (documents/s), until every email is sent (emails/s), and the inbox API's latency for a customer
 * (alice) while it runs (p50/p99). Ends with one line {@code RESULT ...}.
 */
public final class PublishBench {
  private PublishBench() {}

  public static void main(String[] args) throws Exception {
    int recipients = Integer.getInteger("bench.publish.recipients", 100_000);
    long timeoutS = Long.getLong("bench.publish.timeout.s", 4 * 3600);
    String prefix = "BENCH-PUB-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    Map<String, String> emails = new HashMap<>();
    Map<String, String> mobiles = new HashMap<>();
    long t0 = System.nanoTime();
    SyntheticCustomers.create(prefix, recipients, 10, 25, emails, mobiles);
    System.out.printf(
        Locale.ROOT,
        "publish: %d customers (%d email, %d SMS) set up in %.1f s%n",
        recipients,
        emails.size(),
        mobiles.size(),
        seconds(t0));

    long id = BenchPublication.submitted(prefix, recipients);

    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    Thread probe = new Thread(() -> probeInbox(running, latencies), "inbox-probe");
    // a failed check ends the bench with its message instead of leaving the JVM running the probe
    probe.setDaemon(true);
    long start = System.nanoTime();
    BenchPublication.approve(id);
    probe.start();

    long deadline = System.nanoTime() + timeoutS * 1_000_000_000L;
    long docs = 0;
    long lastReport = 0;
    while (true) {
      docs =
          Database.count(
              "select count(*) from vault.document where customer_id like ?", prefix + "%");
      if (docs >= recipients) {
        break;
      }
      check(System.nanoTime() < deadline, "only " + docs + " documents before the timeout");
      if (docs == 0) {
        BenchPublication.failIfItCannotStart(id);
      }
      if (System.nanoTime() - lastReport > 30_000_000_000L) {
        System.out.printf(
            Locale.ROOT, "publish: %d documents after %.0f s%n", docs, seconds(start));
        lastReport = System.nanoTime();
      }
      Thread.sleep(500);
    }
    double documentsS = seconds(start);
    long sent = 0;
    while (true) {
      sent =
          Database.count(
              "select count(*) from vault.delivery_item where customer_id like ?"
                  + " and channel = 'EMAIL' and status = 'SENT'",
              prefix + "%");
      if (sent >= emails.size()) {
        break;
      }
      check(System.nanoTime() < deadline, "only " + sent + " emails sent before the timeout");
      Thread.sleep(500);
    }
    double wallS = seconds(start);
    running.set(false);
    probe.join();
    List<Double> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "publish: %d documents after %.1f s, %d emails after %.1f s; %d inbox calls while running%n",
        docs,
        documentsS,
        sent,
        wallS,
        sorted.size());
    System.out.printf(
        Locale.ROOT,
        "RESULT publish_recipients=%d publish_wall_s=%.1f docs_per_s=%.1f emails=%d"
            + " emails_per_s=%.1f inbox_p50_ms=%.1f inbox_p99_ms=%.1f%n",
        recipients,
        wallS,
        recipients / documentsS,
        emails.size(),
        emails.size() / wallS,
        percentile(sorted, 0.50),
        percentile(sorted, 0.99));
  }

  /** Alice reads her inbox's first page every 200 ms while the publication runs. */
  private static void probeInbox(AtomicBoolean running, List<Double> latencies) {
    try {
      String alice = Tokens.user("alice", "alice-demo-pw");
      long tokenAt = System.nanoTime();
      while (running.get()) {
        if (seconds(tokenAt) > 120) {
          alice = Tokens.user("alice", "alice-demo-pw");
          tokenAt = System.nanoTime();
        }
        long t = System.nanoTime();
        HttpResponse<String> r = Api.get("/api/v1/documents?limit=25", alice);
        double ms = (System.nanoTime() - t) / 1e6;
        if (r.statusCode() == 200) {
          latencies.add(ms);
        }
        Thread.sleep(200);
      }
    } catch (Exception e) {
      System.out.println("publish: inbox probe stopped: " + e);
    }
  }

  private static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }
}
