package org.ccmportal.portal.it.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;

/**
 * Latency of the inbox API for alice (C-1001), run by {@code ./ccm bench inbox} against a running
 * portal whose database holds her 10,000 documents among 1,000,000. One client, sequential calls, a
 * warm-up first; requests cycle through the plain first page, a deep page, and the type, read, date
 * and search filters. Prints p50/p95/p99 in ms and ends with one {@code RESULT} line. System
 * properties: {@code bench.warmup} (300 calls), {@code bench.calls} (2000).
 */
public final class InboxLatencyBench {
  private InboxLatencyBench() {}

  static final List<String> QUERIES =
      List.of(
          "limit=25",
          "limit=25&offset=5000",
          "limit=25&type=REGULATORY_NOTICE",
          "limit=25&read=false",
          "limit=25&from=2025-06-01&to=2025-12-31",
          "limit=25&q=bench%20statement%204");

  public static void main(String[] args) throws Exception {
    int warmup = Integer.getInteger("bench.warmup", 300);
    int calls = Integer.getInteger("bench.calls", 2000);
    String token = Tokens.user("alice", "alice-demo-pw");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (String q : QUERIES) {
      HttpResponse<String> r = call(http, token, q);
      String total = r.body().replaceAll(".*\"total\":(\\d+).*", "$1");
      System.out.printf(
          Locale.ROOT, "GET /api/v1/documents?%s -> %d, total %s%n", q, r.statusCode(), total);
      if (r.statusCode() != 200) {
        throw new IllegalStateException("unexpected status " + r.statusCode());
      }
    }
    for (int i = 0; i < warmup; i++) {
      call(http, token, QUERIES.get(i % QUERIES.size()));
    }
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      HttpResponse<String> r = call(http, token, QUERIES.get(i % QUERIES.size()));
      nanos[i] = System.nanoTime() - start;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("unexpected status " + r.statusCode());
      }
    }
    Arrays.sort(nanos);
    double p50 = ms(nanos, 0.50);
    double p95 = ms(nanos, 0.95);
    double p99 = ms(nanos, 0.99);
    System.out.printf(
        Locale.ROOT,
        "%d calls after %d warm-up: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms," + " max %.1f ms%n",
        calls,
        warmup,
        p50,
        p95,
        p99,
        nanos[calls - 1] / 1e6);
    System.out.printf(
        Locale.ROOT,
        "RESULT p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f calls=%d target_p95_ms=50%n",
        p50,
        p95,
        p99,
        calls);
  }

  private static HttpResponse<String> call(HttpClient http, String token, String query)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(Stack.PORTAL + "/api/v1/documents?" + query))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
