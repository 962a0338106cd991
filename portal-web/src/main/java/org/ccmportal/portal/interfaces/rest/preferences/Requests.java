package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.json.JsonObject;
import java.util.List;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;

/** Enum fields and the caller of the preference API (JSON fields: {@link JsonFields}). */
final class Requests {
  private Requests() {}

  static <E extends Enum<E>> E enumValue(JsonObject body, Class<E> type, String field) {
    String value = JsonFields.string(body, field);
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
