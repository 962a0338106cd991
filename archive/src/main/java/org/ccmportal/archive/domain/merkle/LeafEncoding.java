package org.ccmportal.archive.domain.merkle;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Canonical encoding of a leaf (version 1), so that anyone can recompute a leaf hash offline from
 * the envelope alone. It is UTF-8 JSON with exactly these keys, in this order, and no whitespace:
 *
 * <pre>
 * {"v":1,"eventId":S,"kind":S,"customerId":S,"category":S,"channel":S,"templateId":S,
 *  "templateVersion":N,"dataSha256":S,"consentSnapshotSha256":S,"occurredAt":S,
 *  "contentType":S,"contentSha256":S,"contentSize":N}
 * </pre>
 *
 * <ul>
 *   <li>an absent value is {@code null}; numbers are decimal integers without sign or leading
 *       zeros;
 *   <li>strings escape {@code "} as {@code \"}, {@code \} as {@code \\}, U+0008, U+0009, U+000A,
 *       U+000C, U+000D as {@code \b \t \n \f \r}, every other character below U+0020 as {@code
 *       \}{@code u00xx} (lower-case hex); nothing else is escaped: {@code /}, U+007F and non-ASCII
 *       characters are written as their UTF-8 bytes; a string holding an unpaired surrogate is
 *       rejected (it has no UTF-8 form);
 *   <li>{@code occurredAt} is {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}: UTC, always six fraction digits
 *       (the instant is truncated to microseconds, the precision the database keeps).
 * </ul>
 */
public final class LeafEncoding {

  /** Version written as {@code "v"}: a new encoding gets a new number, old leaves keep theirs. */
  public static final int VERSION = 1;

  private static final DateTimeFormatter OCCURRED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private LeafEncoding() {}

  /** The leaf bytes of the envelope. */
  public static byte[] encode(LeafEnvelope e) {
    StringBuilder json = new StringBuilder(512);
    json.append("{\"v\":").append(VERSION);
    field(json, "eventId", e.eventId());
    field(json, "kind", e.kind());
    field(json, "customerId", e.customerId());
    field(json, "category", e.category());
    field(json, "channel", e.channel());
    field(json, "templateId", e.templateId());
    json.append(",\"templateVersion\":")
        .append(e.templateVersion() == null ? "null" : e.templateVersion().toString());
    field(json, "dataSha256", e.dataSha256());
    field(json, "consentSnapshotSha256", e.consentSnapshotSha256());
    field(json, "occurredAt", formatInstant(e));
    field(json, "contentType", e.contentType());
    field(json, "contentSha256", e.contentSha256());
    json.append(",\"contentSize\":").append(e.contentSize()).append('}');
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String formatInstant(LeafEnvelope e) {
    return OCCURRED_AT.format(e.occurredAt().truncatedTo(ChronoUnit.MICROS));
  }

  private static void field(StringBuilder json, String key, String value) {
    json.append(",\"").append(key).append("\":");
    appendString(json, value);
  }

  /** Appends {@code value} as a JSON string (or {@code null}) per the rules above. */
  static void appendString(StringBuilder json, String value) {
    if (value == null) {
      json.append("null");
      return;
    }
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\b' -> json.append("\\b");
        case '\t' -> json.append("\\t");
        case '\n' -> json.append("\\n");
        case '\f' -> json.append("\\f");
        case '\r' -> json.append("\\r");
        default -> {
          if (c < 0x20) {
            json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            json.append(c).append(value.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("unpaired surrogate at index " + i);
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
