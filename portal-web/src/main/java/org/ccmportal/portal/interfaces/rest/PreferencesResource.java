package org.ccmportal.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.PreferenceMatrix;
import org.ccmportal.preferences.api.PreferenceService;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;

/** The authenticated customer's channel preferences. */
@Path("/v1/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource {

  @Inject PreferenceService preferences;
  @Inject Actor actor;

  @GET
  public MatrixView get() {
    return MatrixView.of(preferences.current(customer()));
  }

  /** Sets one cell; {@code version} must be the version last read (optimistic locking). */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public MatrixView change(JsonObject request) {
    JsonObject body = JsonFields.body(request);
    CellChange change =
        new CellChange(
            JsonFields.integer(body, "version"),
            JsonFields.string(body, "category"),
            JsonFields.string(body, "channel"),
            JsonFields.bool(body, "enabled"));
    if (change.version() == null) {
      throw new InvalidRequestException("version", "version is required (the version you read)");
    }
    if (change.enabled() == null) {
      throw new InvalidRequestException("enabled", "enabled is required (true or false)");
    }
    return MatrixView.of(
        preferences.change(
            customer(),
            change.version(),
            parse(Category.class, "category", change.category()),
            parse(Channel.class, "channel", change.channel()),
            change.enabled()));
  }

  private String customer() {
    if (!actor.hasRole("customer") || actor.customerId() == null) {
      throw new AccessDeniedException("preferences are for customers");
    }
    return actor.customerId();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null) {
      throw new InvalidRequestException(field, field + " is required");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          field, field + " must be one of " + List.of(type.getEnumConstants()));
    }
  }

  /** A change of one cell. */
  public record CellChange(Long version, String category, String channel, Boolean enabled) {}

  /** The matrix as the API shows it. */
  public record MatrixView(long version, List<CellView> cells) {
    static MatrixView of(PreferenceMatrix m) {
      return new MatrixView(
          m.version(),
          m.cells().stream()
              .map(
                  c ->
                      new CellView(
                          c.category().name(), c.channel().name(), c.enabled(), c.locked()))
              .toList());
    }
  }

  /** One cell. */
  public record CellView(String category, String channel, boolean enabled, boolean locked) {}
}
