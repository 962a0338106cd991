package org.ccmportal.archive.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.ccmportal.archive.domain.merkle.LeafEncoding;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.junit.jupiter.api.Test;

class ArchiveRecordTest {

  private static final byte[] CONTENT = "hello".getBytes(StandardCharsets.UTF_8);

  private static ArchiveEnvelope envelope(String consent) {
    return new ArchiveEnvelope(
        "evt-1",
        "COMMUNICATION",
        "c-1",
        "STATEMENTS",
        "PORTAL",
        "stmt",
        2,
        null,
        consent,
        Instant.parse("2024-05-01T00:00:00.123456789Z"),
        "text/plain");
  }

  @Test
  void leafHashCoversTheEnvelopeWithConsentSnapshotHash() {
    Sha256 sha = Sha256.of(CONTENT);
    ArchiveRecord r =
        ArchiveRecord.create(
            envelope("{\"email\":true}"),
            sha,
            CONTENT.length,
            ObjectKey.forContent(sha),
            Instant.parse("2031-05-01T00:00:00Z"),
            Instant.now(),
            5);
    assertEquals(Instant.parse("2024-05-01T00:00:00.123456Z"), r.occurredAt(), "microseconds");
    assertEquals(Sha256.ofUtf8("{\"email\":true}").hex(), r.leafEnvelope().consentSnapshotSha256());
    String expected =
        HexFormat.of().formatHex(MerkleHash.leafHash(LeafEncoding.encode(r.leafEnvelope())));
    assertEquals(expected, r.leafHash());
    assertEquals(r.leafHash(), r.computeLeafHash());
  }

  @Test
  void refusesAnObjectKeyOfOtherContent() {
    Sha256 sha = Sha256.of(CONTENT);
    ObjectKey other = ObjectKey.forContent(Sha256.of(new byte[0]));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ArchiveRecord.create(
                envelope(null), sha, CONTENT.length, other, Instant.now(), Instant.now(), 0));
  }

  @Test
  void envelopeNamesTheOffendingField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ArchiveEnvelope(
                    "x".repeat(256),
                    "K",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Instant.EPOCH,
                    "t"));
    assertEquals("eventId: at most 255 characters", e.getMessage());
  }
}
