package org.ccmportal.vault.application.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The manifest of a print batch (RFC 4180 CSV, UTF-8, CRLF): one row per printed document, in the
 * order of the merged PDF, with its first page and page count and the postal address lines. A cell
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return)
 * is prefixed with an apostrophe.
 */
public final class ManifestCsv {
  public static final String HEADER =
      "sequence,document_id,customer_id,first_page,pages,"
          + "address_line_1,address_line_2,address_line_3,address_line_4,address_line_5,"
          + "address_line_6";

  private ManifestCsv() {}

  /** One printed document. */
  public record Row(String documentId, String customerId, int pages, List<String> addressLines) {}

  public static byte[] write(List<Row> rows) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    int page = 1;
    int sequence = 1;
    for (Row row : rows) {
      csv.append(sequence++)
          .append(',')
          .append(cell(row.documentId()))
          .append(',')
          .append(cell(row.customerId()))
          .append(',')
          .append(page)
          .append(',')
          .append(row.pages());
      for (int i = 0; i < PostalAddresses.MAX_LINES; i++) {
        csv.append(',')
            .append(i < row.addressLines().size() ? cell(row.addressLines().get(i)) : "");
      }
      csv.append("\r\n");
      page += row.pages();
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
