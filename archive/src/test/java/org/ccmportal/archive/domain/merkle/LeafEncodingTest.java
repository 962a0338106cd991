package org.ccmportal.archive.domain.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LeafEncodingTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  private static LeafEnvelope sample() {
    return new LeafEnvelope(
        "evt-1",
        "COMMUNICATION",
        "c-42",
        "STATEMENTS",
        "PORTAL",
        "stmt",
        3,
        A,
        B,
        Instant.parse("2024-05-01T12:34:56.789Z"),
        "application/pdf",
        C,
        1234);
  }

  private static String json(LeafEnvelope e) {
    return new String(LeafEncoding.encode(e), StandardCharsets.UTF_8);
  }

  @Test
  void writesFixedKeyOrderWithoutWhitespace() {
    assertEquals(
        "{\"v\":1,\"eventId\":\"evt-1\",\"kind\":\"COMMUNICATION\",\"customerId\":\"c-42\","
            + "\"category\":\"STATEMENTS\",\"channel\":\"PORTAL\",\"templateId\":\"stmt\","
            + "\"templateVersion\":3,\"dataSha256\":\""
            + A
            + "\",\"consentSnapshotSha256\":\""
            + B
            + "\",\"occurredAt\":\"2024-05-01T12:34:56.789000Z\","
            + "\"contentType\":\"application/pdf\",\"contentSha256\":\""
            + C
            + "\",\"contentSize\":1234}",
        json(sample()));
  }

  @Test
  void leafHashOfSampleIsPinned() {
    // computed independently (Python hashlib over the JSON text above); changing it breaks proofs
    assertEquals(
        "616ae24c2a1e9ab66104b086c4c6b84b0198e092144b55d233d8135d543cf8b9",
        HexFormat.of().formatHex(MerkleHash.leafHash(LeafEncoding.encode(sample()))));
  }

  @Test
  void isDeterministic() {
    assertArrayEquals(LeafEncoding.encode(sample()), LeafEncoding.encode(sample()));
  }

  @Test
  void writesAbsentValuesAsJsonNull() {
    LeafEnvelope e =
        new LeafEnvelope(
            "e", "CONSENT", null, null, null, null, null, null, null, Instant.EPOCH, "t", C, 0);
    assertEquals(
        "{\"v\":1,\"eventId\":\"e\",\"kind\":\"CONSENT\",\"customerId\":null,\"category\":null,"
            + "\"channel\":null,\"templateId\":null,\"templateVersion\":null,\"dataSha256\":null,"
            + "\"consentSnapshotSha256\":null,\"occurredAt\":\"1970-01-01T00:00:00.000000Z\","
            + "\"contentType\":\"t\",\"contentSha256\":\""
            + C
            + "\",\"contentSize\":0}",
        json(e));
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    StringBuilder out = new StringBuilder();
    LeafEncoding.appendString(out, "q\"b\\s/\b\t\n\f\r\u0000\u0001\u001f\u007f");
    assertEquals("\"q\\\"b\\\\s/\\b\\t\\n\\f\\r\\u0000\\u0001\\u001f\u007f\"", out.toString());
  }

  @Test
  void keepsNonAsciiAsUtf8() {
    String text = "Zoë € 😀 日本";
    LeafEnvelope e =
        new LeafEnvelope(
            text, "K", null, null, null, null, null, null, null, Instant.EPOCH, "t", C, 0);
    byte[] bytes = LeafEncoding.encode(e);
    String expected = "\"eventId\":\"" + text + "\"";
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(expected));
    assertTrue(
        indexOf(bytes, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}) >= 0,
        "emoji as 4 UTF-8 bytes, not \\u escapes");
    assertTrue(indexOf(bytes, new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC}) >= 0, "euro");
  }

  @Test
  void refusesUnpairedSurrogates() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LeafEncoding.appendString(new StringBuilder(), "x\uD800y"));
    assertThrows(
        IllegalArgumentException.class,
        () -> LeafEncoding.appendString(new StringBuilder(), "x\uDC00"));
  }

  @Test
  void writesOccurredAtInUtcWithSixFractionDigits() {
    assertTrue(
        json(withOccurredAt("2024-05-01T00:00:00Z")).contains("2024-05-01T00:00:00.000000Z"));
    assertTrue(
        json(withOccurredAt("2024-05-01T00:00:00.123456789Z"))
            .contains("\"occurredAt\":\"2024-05-01T00:00:00.123456Z\""));
  }

  private static LeafEnvelope withOccurredAt(String instant) {
    return new LeafEnvelope(
        "e", "K", null, null, null, null, null, null, null, Instant.parse(instant), "t", C, 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
