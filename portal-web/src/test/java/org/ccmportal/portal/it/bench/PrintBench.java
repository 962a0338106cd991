package org.ccmportal.portal.it.bench;

import static org.ccmportal.portal.it.bench.BenchPublication.check;
import static org.ccmportal.portal.it.bench.BenchPublication.seconds;

import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.MinioClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.SyntheticCustomers;
import org.ccmportal.portal.it.Tokens;

/**
 * The daily print run at size: a regulatory notice to {@code bench.print.letters} synthetic
 * customers who all get letters (default 4,500: two full batches of 2,000 and one of 500), then one
 * print run through {@code POST /api/v1/print-batches}, timed from the request until every letter
 * is SENT. Then every batch is read back from the print drop: each letter is in exactly one
 * manifest, the merged PDF has the manifest's pages. Ends with one line {@code RESULT ...}.
 */
public final class PrintBench {
  private PrintBench() {}

  public static void main(String[] args) throws Exception {
    int letters = Integer.getInteger("bench.print.letters", 4_500);
    long timeoutS = Long.getLong("bench.print.timeout.s", 4 * 3600);
    long deadline = System.nanoTime() + timeoutS * 1_000_000_000L;
    String prefix = "BENCH-PRN-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    long t0 = System.nanoTime();
    SyntheticCustomers.create(prefix, letters, 0, 0, new HashMap<>(), new HashMap<>());
    System.out.printf(
        Locale.ROOT, "print: %d customers with letters set up in %.1f s%n", letters, seconds(t0));

    long id = BenchPublication.submitted(prefix, letters);
    long published = System.nanoTime();
    BenchPublication.approve(id);
    long queued = 0;
    long lastReport = System.nanoTime();
    while ((queued = printItems(prefix, "QUEUED")) < letters) {
      check(System.nanoTime() < deadline, "only " + queued + " letters queued before the timeout");
      if (queued == 0) {
        BenchPublication.failIfItCannotStart(id);
      }
      if (System.nanoTime() - lastReport > 30_000_000_000L) {
        System.out.printf(
            Locale.ROOT, "print: %d letters queued after %.0f s%n", queued, seconds(published));
        lastReport = System.nanoTime();
      }
      Thread.sleep(1000);
    }
    double publishS = seconds(published);
    System.out.printf(
        Locale.ROOT, "print: %d letters queued %.1f s after the approval%n", queued, publishS);

    long start = System.nanoTime();
    HttpResponse<String> run =
        Api.post("/api/v1/print-batches", Tokens.user("paula", "paula-demo-pw"), "");
    check(
        run.statusCode() == 201 || run.statusCode() == 202,
        "print run: " + run.statusCode() + " " + run.body());
    long sent;
    while ((sent = printItems(prefix, "SENT")) < letters) {
      check(System.nanoTime() < deadline, "only " + sent + " letters sent before the timeout");
      long dead = printItems(prefix, "DEAD");
      check(dead == 0, dead + " letters were dead-lettered");
      Thread.sleep(500);
    }
    double runS = seconds(start);

    List<String> batches =
        Database.strings(
            "select distinct print_batch from vault.delivery_item where customer_id like ?"
                + " and channel = 'PRINT' order by 1",
            prefix + "%");
    MinioClient s3 = Stack.s3();
    String bucket = Stack.PRINT_BUCKET;
    Set<String> printed = new HashSet<>();
    long largestPdf = 0;
    long pages = 0;
    for (String batch : batches) {
      String folder = "print-drop/" + batch.substring(0, 4) + "-" + batch.substring(4, 6);
      folder += "-" + batch.substring(6, 8) + "/" + batch + "/";
      byte[] pdf = read(s3, bucket, folder + "documents.pdf");
      List<String> rows =
          new String(read(s3, bucket, folder + "manifest.csv"), StandardCharsets.UTF_8)
              .lines()
              .toList();
      long manifestPages = 0;
      for (String row : rows.subList(1, rows.size())) {
        String[] cells = row.split(",");
        manifestPages += Long.parseLong(cells[4]);
        if (cells[2].startsWith(prefix)) {
          check(printed.add(cells[2]), cells[2] + " is in more than one manifest row");
        }
      }
      try (PDDocument merged = Loader.loadPDF(pdf)) {
        check(
            merged.getNumberOfPages() == manifestPages,
            batch + ": " + merged.getNumberOfPages() + " pages, manifest " + manifestPages);
      }
      System.out.printf(
          Locale.ROOT,
          "print: batch %s: %d rows, %d pages, %.1f MB%n",
          batch,
          rows.size() - 1,
          manifestPages,
          pdf.length / 1e6);
      largestPdf = Math.max(largestPdf, pdf.length);
      pages += manifestPages;
    }
    check(printed.size() == letters, printed.size() + " of " + letters + " letters in manifests");
    System.out.printf(
        Locale.ROOT,
        "RESULT print_letters=%d publish_s=%.1f print_run_s=%.1f letters_per_s=%.1f batches=%d"
            + " pages=%d largest_pdf_mb=%.1f passed=true%n",
        letters,
        publishS,
        runS,
        letters / runS,
        batches.size(),
        pages,
        largestPdf / 1e6);
  }

  private static long printItems(String prefix, String status) throws Exception {
    return Database.count(
        "select count(*) from vault.delivery_item where customer_id like ? and channel = 'PRINT'"
            + " and status = ?",
        prefix + "%",
        status);
  }

  private static byte[] read(MinioClient s3, String bucket, String key) throws Exception {
    try (GetObjectResponse in =
        s3.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
      return in.readAllBytes();
    }
  }
}
