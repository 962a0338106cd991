package org.ccmportal.portal.interfaces.rest.templates;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.ccmportal.vault.api.InvalidRequestException;

/** Reads optional fields of a JSON request body; a field of the wrong type is a 400 naming it. */
public final class Bodies {
  private Bodies() {}

  /** The body, or an empty object when there is none. */
  public static JsonObject orEmpty(JsonObject body) {
    return body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
  }

  public static String string(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidRequestException(field, field + " must be a string");
  }

  /** A field that holds a JSON object, returned as its JSON text (or a string holding JSON). */
  public static String jsonText(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      return value.toString();
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidRequestException(field, field + " must be a JSON object");
  }

  public static JsonObject object(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() == JsonValue.ValueType.OBJECT) {
      return value.asJsonObject();
    }
    throw new InvalidRequestException(field, field + " must be a JSON object");
  }
}
