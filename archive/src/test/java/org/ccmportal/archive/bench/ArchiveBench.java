package org.ccmportal.archive.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.ccmportal.archive.domain.model.ArchiveEnvelope;
import org.ccmportal.archive.domain.model.ArchiveRecord;
import org.ccmportal.archive.domain.model.ObjectKey;
import org.ccmportal.archive.domain.model.RetentionPolicy;
import org.ccmportal.archive.domain.model.Sha256;

/**
 * Throughput of the archive's domain for {@code bench.records} records (default 100,000) whose
 * contents (objects) are {@code bench.contentBytes} bytes each (default 2,048), all held in memory.
 *
 * <ul>
 *   <li><b>append</b>: what {@code DefaultArchiveService.append} does without S3 and the database:
 *       SHA-256 of the content, object key, retention date, the record with its leaf encoding and
 *       leaf hash, added to an in-memory log at the next leaf index.
 *   <li><b>verify</b>: what the verification job does: recompute every leaf hash from the record's
 *       fields and compare it, recompute the tree root (RFC 9162) and compare it with the root of
 *       the log as appended, and recompute the SHA-256 of every object's bytes and compare it.
 *   <li><b>sha256</b>: raw SHA-256 of the same object bytes in the same run, the floor of verify.
 * </ul>
 *
 * Each phase is run {@code bench.warmup} times (default 2) before the measured run. Ends with one
 * line {@code RESULT append_rps=... verify_rps=... verify_mbps=... sha256_mbps=...} (MB = 10^6
 * bytes of object content).
 */
public final class ArchiveBench {

  private static final RetentionPolicy RETENTION = new RetentionPolicy(Period.ofYears(10));
  private static final String[] CATEGORIES = {"STATEMENTS", "NOTICES", "MARKETING", "POLICY"};
  private static final String[] CHANNELS = {"PORTAL", "EMAIL", "SMS", "POST"};

  private ArchiveBench() {}

  /** One generated entry: its envelope and content, made before the clock starts. */
  private record Entry(ArchiveEnvelope envelope, byte[] content) {}

  public static void main(String[] args) throws Exception {
    int records = Integer.getInteger("bench.records", 100_000);
    int contentBytes = Integer.getInteger("bench.contentBytes", 2_048);
    int warmup = Integer.getInteger("bench.warmup", 2);
    System.out.printf(
        Locale.ROOT,
        "archive bench: %,d records, %,d content bytes each, %d warm-up runs, Java %s%n",
        records,
        contentBytes,
        warmup,
        Runtime.version());

    List<Entry> entries = generate(records, contentBytes);
    long objectBytes = (long) records * contentBytes;

    for (int i = 0; i < warmup; i++) {
      List<ArchiveRecord> log = append(entries);
      verify(log, entries, rootOf(log));
      sha256(entries);
    }

    long t0 = System.nanoTime();
    List<ArchiveRecord> log = append(entries);
    long appendNs = System.nanoTime() - t0;
    byte[] root = rootOf(log);

    t0 = System.nanoTime();
    int failures = verify(log, entries, root);
    long verifyNs = System.nanoTime() - t0;
    if (failures != 0) {
      throw new IllegalStateException(failures + " records failed verification");
    }

    t0 = System.nanoTime();
    long checksum = sha256(entries);
    long shaNs = System.nanoTime() - t0;

    double appendRps = records / seconds(appendNs);
    double verifyRps = records / seconds(verifyNs);
    double verifyMbps = objectBytes / 1e6 / seconds(verifyNs);
    double shaMbps = objectBytes / 1e6 / seconds(shaNs);
    System.out.printf(
        Locale.ROOT,
        "append : %,d records in %.3f s = %,.0f records/s (content SHA-256, leaf encoding, leaf"
            + " hash, in-memory log)%n",
        records,
        seconds(appendNs),
        appendRps);
    System.out.printf(
        Locale.ROOT,
        "verify : %,d records in %.3f s = %,.0f records/s, %.1f MB/s of objects (leaf hashes,"
            + " tree root %s..., object SHA-256)%n",
        records,
        seconds(verifyNs),
        verifyRps,
        verifyMbps,
        HexFormat.of().formatHex(root).substring(0, 16));
    System.out.printf(
        Locale.ROOT,
        "sha256 : %,d bytes in %.3f s = %.1f MB/s (raw SHA-256 of the same objects; %x)%n",
        objectBytes,
        seconds(shaNs),
        shaMbps,
        checksum);
    System.out.printf(
        Locale.ROOT,
        "RESULT append_rps=%.0f verify_rps=%.0f verify_mbps=%.1f sha256_mbps=%.1f%n",
        appendRps,
        verifyRps,
        verifyMbps,
        shaMbps);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** Realistic envelopes (customer, category, channel, template, data hash, consent snapshot). */
  private static List<Entry> generate(int records, int contentBytes) {
    SplittableRandom random = new SplittableRandom(42);
    Instant start = Instant.parse("2026-01-01T00:00:00.000001Z");
    List<Entry> entries = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      byte[] content = new byte[contentBytes];
      for (int j = 0; j < contentBytes; j += 8) {
        long v = random.nextLong();
        for (int k = 0; k < 8 && j + k < contentBytes; k++) {
          content[j + k] = (byte) (v >>> (8 * k));
        }
      }
      String customer = "C-" + (1000 + random.nextInt(50_000));
      String consent =
          "{\"customerId\":\"" + customer + "\",\"STATEMENTS\":[\"PORTAL\",\"EMAIL\"]}";
      ArchiveEnvelope envelope =
          new ArchiveEnvelope(
              "communication:" + new java.util.UUID(random.nextLong(), random.nextLong()),
              "COMMUNICATION",
              customer,
              CATEGORIES[i % CATEGORIES.length],
              CHANNELS[(i / 4) % CHANNELS.length],
              "statement-monthly",
              3,
              Sha256.of(("data-" + i).getBytes(StandardCharsets.UTF_8)),
              consent,
              start.plusMillis(i * 37L),
              "application/pdf");
      entries.add(new Entry(envelope, content));
    }
    return entries;
  }

  /** The domain part of DefaultArchiveService.append, into an in-memory log. */
  private static List<ArchiveRecord> append(List<Entry> entries) {
    List<ArchiveRecord> log = new ArrayList<>(entries.size());
    Instant archivedAt = Instant.parse("2026-11-22T12:00:00Z");
    for (Entry e : entries) {
      Sha256 contentSha256 = Sha256.of(e.content());
      ObjectKey key = ObjectKey.forContent(contentSha256);
      Instant retainUntil = RETENTION.retainUntil(e.envelope().occurredAt());
      log.add(
          ArchiveRecord.create(
              e.envelope(),
              contentSha256,
              e.content().length,
              key,
              retainUntil,
              archivedAt,
              log.size()));
    }
    return log;
  }

  private static byte[] rootOf(List<ArchiveRecord> log) {
    HexFormat hex = HexFormat.of();
    List<byte[]> leaves = new ArrayList<>(log.size());
    for (ArchiveRecord r : log) {
      leaves.add(hex.parseHex(r.leafHash()));
    }
    return MerkleHash.rootHash(leaves);
  }

  /** Full verification as ArchiveVerification does it; returns the number of failures. */
  private static int verify(List<ArchiveRecord> log, List<Entry> objects, byte[] expectedRoot) {
    HexFormat hex = HexFormat.of();
    int failures = 0;
    List<byte[]> recomputed = new ArrayList<>(log.size());
    for (int i = 0; i < log.size(); i++) {
      ArchiveRecord r = log.get(i);
      String leaf = r.computeLeafHash();
      if (!leaf.equals(r.leafHash())) {
        failures++;
      }
      recomputed.add(hex.parseHex(leaf));
      byte[] content = objects.get(i).content();
      if (content.length != r.contentSize()
          || !hex.formatHex(MerkleHash.sha256(content)).equals(r.contentSha256())) {
        failures++;
      }
    }
    if (!Arrays.equals(MerkleHash.rootHash(recomputed), expectedRoot)) {
      failures++;
    }
    return failures;
  }

  /** Raw SHA-256 of every object; returns a value depending on every digest. */
  private static long sha256(List<Entry> entries) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long acc = 0;
    for (Entry e : entries) {
      byte[] d = digest.digest(e.content());
      acc = acc * 31 + d[0];
    }
    return acc;
  }
}
