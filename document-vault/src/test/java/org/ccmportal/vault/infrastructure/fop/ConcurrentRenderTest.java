package org.ccmportal.vault.infrastructure.fop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ccmportal.vault.domain.model.template.TemplateSource;
import org.junit.jupiter.api.Test;

/**
 * One renderer serves every thread of the server (bulk job partitions, API calls, previews):
 * renders running at the same time, from a cold start (factory and stylesheets made by the first
 * renders), with every built-in template, all succeed and each returns a complete PDF.
 */
class ConcurrentRenderTest {
  private static final int THREADS = 4;
  private static final int RENDERS_PER_THREAD = 50;

  @Test
  void fourThreadsRenderAllBuiltInTemplatesWithoutAFailure() throws Exception {
    FopDocumentRenderer renderer = new FopDocumentRenderer(); // cold: nothing built yet
    List<String> ids = BuiltInTemplates.ids();
    Map<String, TemplateSource> templates = new java.util.HashMap<>();
    Map<String, JsonObject> samples = new java.util.HashMap<>();
    for (String id : ids) {
      templates.put(id, BuiltInTemplates.builtIn(id));
      samples.put(id, Pdfs.sample(id));
    }
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  int ok = 0;
                  for (int i = 0; i < RENDERS_PER_THREAD; i++) {
                    String id = ids.get((thread + i) % ids.size());
                    try {
                      byte[] pdf = renderer.render(templates.get(id), samples.get(id), i % 5 == 0);
                      String head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
                      String tail = new String(pdf, pdf.length - 8, 8, StandardCharsets.ISO_8859_1);
                      if (head.equals("%PDF-") && tail.contains("%%EOF")) {
                        ok++;
                      } else {
                        failures.add(id + ": incomplete PDF");
                      }
                    } catch (RuntimeException e) {
                      failures.add(id + " on thread " + thread + ": " + describe(e));
                    }
                  }
                  return ok;
                }));
      }
      start.countDown();
      int ok = 0;
      for (Future<Integer> f : done) {
        ok += f.get(10, TimeUnit.MINUTES);
      }
      assertTrue(failures.isEmpty(), failures.size() + " failed renders: " + failures);
      assertEquals(THREADS * RENDERS_PER_THREAD, ok);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null && s.length() < 2000; t = t.getCause()) {
      s.append(t).append(" at ");
      StackTraceElement[] trace = t.getStackTrace();
      for (int i = 0; i < Math.min(6, trace.length); i++) {
        s.append(trace[i]).append(" / ");
      }
      s.append(" caused by ");
      if (t.getCause() == t) {
        break;
      }
    }
    return s.toString();
  }
}
