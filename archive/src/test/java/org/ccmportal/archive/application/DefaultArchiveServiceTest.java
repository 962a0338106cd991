package org.ccmportal.archive.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveReceipt;
import org.ccmportal.archive.domain.model.ArchiveObjectStore;
import org.ccmportal.archive.domain.model.ArchiveRecord;
import org.ccmportal.archive.domain.model.ArchiveRecordRepository;
import org.ccmportal.archive.domain.model.RetentionPolicy;
import org.ccmportal.archive.domain.model.SearchCriteria;
import org.ccmportal.archive.domain.model.Sha256;
import org.junit.jupiter.api.Test;

class DefaultArchiveServiceTest {

  private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
  private static final Instant OCCURRED = Instant.parse("2024-05-01T12:00:00Z");

  private final InMemoryRecords records = new InMemoryRecords();
  private final InMemoryStore store = new InMemoryStore();
  private final DefaultArchiveService service =
      new DefaultArchiveService(
          records, store, new RetentionPolicy(Period.ofYears(7)), Clock.fixed(NOW, ZoneOffset.UTC));

  private static ArchiveEntry entry(String eventId, String text) {
    return new ArchiveEntry(
        eventId,
        "COMMUNICATION",
        "c-1",
        "STATEMENTS",
        "PORTAL",
        "stmt",
        1,
        null,
        "{\"paperless\":true}",
        OCCURRED,
        "text/plain",
        text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void storesContentUnderItsDigestWithRetentionFromOccurrence() {
    ArchiveReceipt receipt = service.append(entry("e-1", "hello"));
    String sha = Sha256.ofUtf8("hello").hex();
    assertEquals(sha, receipt.sha256());
    assertEquals("records/" + sha.substring(0, 2) + "/" + sha, receipt.objectKey());
    assertEquals(Instant.parse("2031-05-01T12:00:00Z"), receipt.retainUntil());
    assertArrayEquals(
        "hello".getBytes(StandardCharsets.UTF_8), store.objects.get(receipt.objectKey()));
    assertEquals(receipt.retainUntil(), store.retainUntil.get(receipt.objectKey()));
    ArchiveRecord row = records.rows.get(0);
    assertEquals(NOW, row.archivedAt());
    assertEquals(row.computeLeafHash(), row.leafHash());
  }

  @Test
  void givesConsecutiveLeafIndexesUnderTheLogLock() {
    for (int i = 0; i < 3; i++) {
      assertEquals(i, service.append(entry("e-" + i, "text " + i)).leafIndex());
    }
    assertEquals(List.of("lock", "next", "lock", "next", "lock", "next"), records.calls);
  }

  @Test
  void appendingTheSameEventTwiceGivesOneRecord() {
    ArchiveReceipt first = service.append(entry("e-1", "hello"));
    ArchiveReceipt second = service.append(entry("e-1", "hello"));
    assertEquals(first, second);
    assertEquals(1, records.rows.size());
    assertEquals(1, store.puts);
    assertEquals(Optional.of(first), service.findByEventId("e-1"));
    assertEquals(Optional.empty(), service.findByEventId("e-2"));
  }

  @Test
  void sameContentOfTwoEventsSharesOneObjectButGetsTwoLeaves() {
    ArchiveReceipt a = service.append(entry("e-1", "same"));
    ArchiveReceipt b = service.append(entry("e-2", "same"));
    assertEquals(a.objectKey(), b.objectKey());
    assertEquals(List.of(0L, 1L), List.of(a.leafIndex(), b.leafIndex()));
    assertEquals(1, store.objects.size());
  }

  @Test
  void badEnvelopeIsRefusedBeforeAnythingIsStored() {
    ArchiveEntry bad =
        new ArchiveEntry(
            "e-1",
            "K",
            null,
            null,
            null,
            null,
            null,
            "not-a-hash",
            null,
            OCCURRED,
            "text/plain",
            new byte[0]);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> service.append(bad));
    assertTrue(e.getMessage().startsWith("dataSha256"), e.getMessage());
    assertEquals(0, store.puts);
    assertTrue(records.rows.isEmpty());
  }

  /** The repository contract in memory; ids assigned as the database's identity column would. */
  private static final class InMemoryRecords implements ArchiveRecordRepository {
    final List<ArchiveRecord> rows = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public Optional<ArchiveRecord> findByEventId(String eventId) {
      return rows.stream().filter(r -> r.eventId().equals(eventId)).findFirst();
    }

    @Override
    public void lockLogForAppend() {
      calls.add("lock");
    }

    @Override
    public long nextLeafIndex() {
      calls.add("next");
      return rows.size();
    }

    @Override
    public void add(ArchiveRecord record) {
      try {
        Field id = ArchiveRecord.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(record, (long) rows.size() + 1);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      rows.add(record);
    }

    @Override
    public Optional<ArchiveRecord> findById(long id) {
      return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public long size() {
      return rows.size();
    }

    @Override
    public List<String> leafHashes(long treeSize) {
      return rows.stream().limit(treeSize).map(ArchiveRecord::leafHash).toList();
    }

    @Override
    public List<ArchiveRecord> inLogOrder(long fromLeaf, int limit) {
      return rows.stream().skip(fromLeaf).limit(limit).toList();
    }

    @Override
    public List<ArchiveRecord> search(SearchCriteria criteria, int offset, int limit) {
      return rows.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(SearchCriteria criteria) {
      return rows.size();
    }
  }

  /** The store contract in memory: content-addressed, no overwrite. */
  private static final class InMemoryStore implements ArchiveObjectStore {
    final Map<String, byte[]> objects = new HashMap<>();
    final Map<String, Instant> retainUntil = new HashMap<>();
    int puts;

    @Override
    public String put(String key, byte[] content, String contentType, Instant until) {
      puts++;
      objects.putIfAbsent(key, content.clone());
      retainUntil.merge(key, until, (a, b) -> a.isAfter(b) ? a : b);
      return key;
    }

    @Override
    public byte[] get(String key) {
      return objects.get(key).clone();
    }

    @Override
    public void setLegalHold(String key, boolean on) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public boolean legalHold(String key) {
      throw new UnsupportedOperationException("not used by these tests");
    }
  }
}
