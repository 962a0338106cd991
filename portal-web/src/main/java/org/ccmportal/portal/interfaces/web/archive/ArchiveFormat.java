package org.ccmportal.portal.interfaces.web.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * How the archive pages show the archive's values: instants in UTC to the second (the record detail
 * keeps the exact value), and a request's scope as a sentence with both days included (the scope's
 * {@code to} is exclusive).
 */
@Named
@ApplicationScoped
public class ArchiveFormat {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  /** An ISO instant as {@code 2026-11-22 11:46:18 UTC}; anything else as it is. */
  public String instant(String iso) {
    if (iso == null) {
      return "";
    }
    try {
      return SECONDS.format(Instant.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** A request scope (JSON) as {@code C-1001 · 2020-01-01 to 2026-11-23 · STATEMENTS · all}. */
  public String scope(String json) {
    if (json == null) {
      return "";
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject scope = reader.readObject();
      String to = scope.getString("to", null);
      String toDay = to == null ? "" : DAY.format(Instant.parse(to).minusNanos(1));
      String from = scope.getString("from", null);
      String fromDay = from == null ? "" : DAY.format(Instant.parse(from));
      return String.join(
          " · ",
          list(scope, "customerIds", "all customers"),
          fromDay + " to " + toDay,
          list(scope, "categories", "all categories"),
          list(scope, "channels", "all channels"));
    } catch (RuntimeException e) {
      return json;
    }
  }

  private static String list(JsonObject scope, String key, String none) {
    JsonArray values = scope.containsKey(key) ? scope.getJsonArray(key) : null;
    if (values == null || values.isEmpty()) {
      return none;
    }
    return values.stream()
        .map(v -> v instanceof JsonString s ? s.getString() : v.toString())
        .collect(Collectors.joining(", "));
  }
}
