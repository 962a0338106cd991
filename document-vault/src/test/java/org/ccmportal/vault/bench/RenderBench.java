package org.ccmportal.vault.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.vault.infrastructure.fop.BuiltInTemplates;
import org.ccmportal.vault.infrastructure.fop.FopDocumentRenderer;
import org.ccmportal.vault.infrastructure.fop.RawFop;

/**
 * Render throughput of the statement template (its sample data) through the product's renderer
 * (JSON to XML, XSLT, FOP with the resource guard, PDF/A-2b + PDF/UA-1) beside plain FOP rendering
 * the same XSL-FO with the same configuration, with 1 and 2 threads, in documents per second. Each
 * measurement is preceded by a warm-up; pipeline and raw FOP alternate so that both see the same
 * machine. System properties: {@code bench.warmup.s} (default 8), {@code bench.measure.s} (10).
 */
public final class RenderBench {
  private RenderBench() {}

  public static void main(String[] args) throws Exception {
    // FOP reports every rendered page at INFO: keep the output to the figures
    Logger root = Logger.getLogger("");
    root.setLevel(Level.WARNING);
    for (Handler handler : root.getHandlers()) {
      handler.setLevel(Level.WARNING);
    }
    int warmup = Integer.getInteger("bench.warmup.s", 8);
    int measure = Integer.getInteger("bench.measure.s", 10);
    var template = BuiltInTemplates.statement();
    JsonObject data =
        Json.createReader(new StringReader(BuiltInTemplates.sample("statement"))).readObject();
    FopDocumentRenderer renderer = new FopDocumentRenderer();
    RawFop raw = new RawFop();
    byte[] fo = RawFop.fo(template, data);
    Callable<byte[]> pipeline = () -> renderer.render(template, data, false);
    Callable<byte[]> fop = () -> raw.render(fo);
    System.out.printf(
        Locale.ROOT,
        "statement: FO %d bytes, PDF %d bytes (pipeline) / %d bytes (raw FOP); %d cores%n",
        fo.length,
        pipeline.call().length,
        fop.call().length,
        Runtime.getRuntime().availableProcessors());

    StringBuilder result = new StringBuilder("RESULT");
    for (int threads : new int[] {1, 2}) {
      run(pipeline, threads, warmup);
      run(fop, threads, warmup);
      double p = run(pipeline, threads, measure);
      double r = run(fop, threads, measure);
      double ratio = p / r;
      System.out.printf(
          Locale.ROOT,
          "threads=%d  pipeline %.1f docs/s  raw FOP %.1f docs/s  ratio %.3f%n",
          threads,
          p,
          r,
          ratio);
      result.append(
          String.format(
              Locale.ROOT,
              " pipeline_t%d=%.1f raw_fop_t%d=%.1f ratio_t%d=%.3f",
              threads,
              p,
              threads,
              r,
              threads,
              ratio));
    }
    System.out.println(result.append(" unit=docs/s target_ratio=0.9"));
  }

  /**
   * Documents per second that {@code threads} threads render in {@code seconds}. A failed render
   * ends the benchmark with its error (the pool is always shut down, so the JVM exits).
   */
  static double run(Callable<byte[]> render, int threads, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean stop = new AtomicBoolean();
    try {
      List<Future<Long>> counts = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < threads; i++) {
        counts.add(
            pool.submit(
                () -> {
                  long n = 0;
                  try {
                    while (!stop.get()) {
                      render.call();
                      n++;
                    }
                  } catch (Exception e) {
                    stop.set(true);
                    throw e;
                  }
                  return n;
                }));
      }
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      while (!stop.get() && System.nanoTime() < end) {
        Thread.sleep(50);
      }
      stop.set(true);
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      return total / ((System.nanoTime() - start) / 1e9);
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }
}
