package org.ccmportal.archive.domain.model.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.verifier.Json;

/**
 * What a regulator request covers: records that occurred in {@code [from, to)}, of the listed
 * customers, categories and channels (an empty list means any). Audit records are never part of an
 * export scope.
 */
public record ExportScope(
    List<String> customerIds,
    Instant from,
    Instant to,
    List<String> categories,
    List<String> channels) {

  public ExportScope {
    customerIds = List.copyOf(Objects.requireNonNullElse(customerIds, List.of()));
    categories = List.copyOf(Objects.requireNonNullElse(categories, List.of()));
    channels = List.copyOf(Objects.requireNonNullElse(channels, List.of()));
    if (from == null) {
      throw new InvalidArchiveRequestException("scope.from", "required");
    }
    if (to == null) {
      throw new InvalidArchiveRequestException("scope.to", "required");
    }
    if (!from.isBefore(to)) {
      throw new InvalidArchiveRequestException("scope.to", "must be after scope.from");
    }
    if (customerIds.size() > 1000) {
      throw new InvalidArchiveRequestException("scope.customerIds", "at most 1000 customers");
    }
  }

  /** The scope as stored: a JSON object. */
  public String toJson() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("customerIds", customerIds);
    m.put("from", from.toString());
    m.put("to", to.toString());
    m.put("categories", categories);
    m.put("channels", channels);
    return new Json.Writer().value(m).toString();
  }

  /** The scope stored as {@link #toJson()}. */
  @SuppressWarnings("unchecked")
  public static ExportScope fromJson(String json) {
    Map<String, Object> m = (Map<String, Object>) Json.parse(json);
    return new ExportScope(
        (List<String>) m.get("customerIds"),
        Instant.parse((String) m.get("from")),
        Instant.parse((String) m.get("to")),
        (List<String>) m.get("categories"),
        (List<String>) m.get("channels"));
  }
}
