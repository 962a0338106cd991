package org.ccmportal.vault.application.bulk;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublishCommand;

/**
 * Turns one line of a bulk file into a publish command. A line that cannot be read is refused with
 * the field at fault; the publishing use case then checks the command like any single publish.
 */
public final class BulkRecordParser {
  /** The CSV header a file must start with. */
  public static final List<String> CSV_COLUMNS =
      List.of("customerId", "documentType", "externalReference", "title", "data");

  private BulkRecordParser() {}

  public static PublishCommand parse(BulkFormat format, String line) {
    return format == BulkFormat.CSV ? csv(line) : ndjson(line);
  }

  /** Whether this CSV line is the expected header. */
  public static boolean isCsvHeader(String line) {
    return fields(line).equals(CSV_COLUMNS);
  }

  static PublishCommand ndjson(String line) {
    JsonObject o = json(line, "record", "a JSON object");
    return new PublishCommand(
        string(o, "customerId"),
        type(string(o, "documentType")),
        string(o, "externalReference"),
        string(o, "title"),
        o.get("data") instanceof JsonObject data ? data : null);
  }

  static PublishCommand csv(String line) {
    List<String> f = fields(line);
    if (f.size() != CSV_COLUMNS.size()) {
      throw new InvalidRequestException(
          "record", "a CSV line needs " + CSV_COLUMNS.size() + " fields: " + CSV_COLUMNS);
    }
    return new PublishCommand(
        blankToNull(f.get(0)),
        type(blankToNull(f.get(1))),
        blankToNull(f.get(2)),
        blankToNull(f.get(3)),
        f.get(4).isBlank() ? null : json(f.get(4), "data", "a JSON object"));
  }

  /** RFC 4180 fields of one line: commas separate, quotes enclose, a doubled quote is a quote. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InvalidRequestException("record", "a quoted CSV field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }

  private static JsonObject json(String text, String field, String expected) {
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject o) {
        return o;
      }
    } catch (JsonException e) {
      // answered below
    }
    throw new InvalidRequestException(field, field + " must be " + expected);
  }

  private static String string(JsonObject o, String field) {
    JsonValue value = o.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidRequestException(field, field + " must be a string");
  }

  private static DocumentType type(String value) {
    if (value == null) {
      return null;
    }
    try {
      return DocumentType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "documentType", "documentType must be one of " + Arrays.toString(DocumentType.values()));
    }
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
