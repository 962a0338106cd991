package org.ccmportal.portal.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * Reads fields of a JSON request body for every API resource; a field of the wrong type is a 400
 * naming the field.
 */
public final class JsonFields {
  private JsonFields() {}

  public static JsonObject body(JsonObject body) {
    if (body == null) {
      throw new InvalidRequestException("body", "a JSON object is required");
    }
    return body;
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

  public static Long integer(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      return n.longValue();
    }
    throw new InvalidRequestException(field, field + " must be a whole number");
  }

  public static Boolean bool(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw new InvalidRequestException(field, field + " must be true or false");
  }
}
