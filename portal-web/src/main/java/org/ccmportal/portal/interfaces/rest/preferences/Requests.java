package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;

/** Reads request bodies and the caller; a bad field is a 400 naming it. */
final class Requests {
  private Requests() {}

  static JsonObject body(JsonObject body) {
    if (body == null) {
      throw new InvalidChangeException("body", "a JSON object is required");
    }
    return body;
  }

  static String string(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidChangeException(field, field + " must be a string");
  }

  static Long integer(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber n && n.isIntegral()) {
      return n.longValue();
    }
    throw new InvalidChangeException(field, field + " must be a whole number");
  }

  static Boolean bool(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw new InvalidChangeException(field, field + " must be true or false");
  }

  static <E extends Enum<E>> E enumValue(JsonObject body, Class<E> type, String field) {
    String value = string(body, field);
    if (value == null) {
      throw new InvalidChangeException(field, field + " is required");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidChangeException(
          field, field + " must be one of " + List.of(type.getEnumConstants()));
    }
  }

  /** The caller's own customer id (from the token); staff and systems have none. */
  static String customer(Actor actor) {
    if (!actor.hasRole("customer") || actor.customerId() == null) {
      throw new AccessDeniedException("this is for customers, about their own data");
    }
    return actor.customerId();
  }

  /** Staff acting for a customer must have the role admin. */
  static void admin(Actor actor) {
    if (!actor.hasRole("admin")) {
      throw new AccessDeniedException("only administrators may act on a customer's behalf");
    }
  }
}
