package org.ccmportal.vault.api;

/**
 * File formats of a bulk run. One record per line. NDJSON: a JSON object per line with the fields
 * of a single publish ({@code customerId}, {@code documentType}, {@code externalReference}, {@code
 * title}, {@code data}). CSV (RFC 4180, comma, a header line): columns {@code customerId}, {@code
 * documentType}, {@code externalReference}, {@code title}, {@code data} (the data record as JSON
 * text); a quoted field may not span lines.
 */
public enum BulkFormat {
  NDJSON,
  CSV
}
