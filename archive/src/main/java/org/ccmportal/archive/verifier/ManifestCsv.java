package org.ccmportal.archive.verifier;

import java.util.List;
import java.util.Map;

/**
 * manifest.csv of an export package: the same records as manifest.json, one line each in the same
 * order, RFC 4180 (comma separated, CRLF line ends, a field quoted with {@code "} when it holds a
 * comma, quote, CR or LF, quotes doubled). The verifier regenerates it from manifest.json and
 * requires the file to be byte for byte equal.
 */
public final class ManifestCsv {

  /**
   * The columns, in order: {@code recordId}, {@code leafIndex}, {@code leafHash}, then envelope.
   */
  public static final List<String> COLUMNS =
      List.of(
          "recordId",
          "leafIndex",
          "leafHash",
          "eventId",
          "kind",
          "customerId",
          "category",
          "channel",
          "templateId",
          "templateVersion",
          "dataSha256",
          "consentSnapshotSha256",
          "occurredAt",
          "contentType",
          "contentSha256",
          "contentSize");

  private ManifestCsv() {}

  /** The CSV text of manifest.json's {@code records} (as parsed by {@link Json}). */
  public static String of(List<?> records) {
    StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (Object o : records) {
      Map<?, ?> record = (Map<?, ?>) o;
      Map<?, ?> envelope = (Map<?, ?>) record.get("envelope");
      for (int i = 0; i < COLUMNS.size(); i++) {
        String column = COLUMNS.get(i);
        Object value = i < 3 ? record.get(column) : envelope.get(column);
        if (i > 0) {
          csv.append(',');
        }
        csv.append(field(value == null ? "" : value.toString()));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  private static String field(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\r') < 0 && v.indexOf('\n') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
