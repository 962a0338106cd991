package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.preferences.api.PreferenceMatrix;
import org.ccmportal.preferences.api.PreferenceService;
import org.ccmportal.vault.api.Actor;

/** The authenticated customer's channel preferences (their own only: the id is the token's). */
@Path("/v1/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource {

  @Inject PreferenceService preferences;
  @Inject Actor actor;

  @GET
  public MatrixView get() {
    return MatrixView.of(preferences.current(Requests.customer(actor)));
  }

  /** Sets one cell; {@code version} must be the version last read (optimistic locking). */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public MatrixView change(JsonObject request) {
    String customer = Requests.customer(actor);
    return apply(
        preferences, customer, request, ChangedBy.customer(ChangeMethod.API, actor.subject()));
  }

  /** Applies a {@code {version, category, channel, enabled}} body; shared with staff changes. */
  static MatrixView apply(
      PreferenceService preferences, String customerId, JsonObject request, ChangedBy by) {
    JsonObject body = JsonFields.body(request);
    Long version = JsonFields.integer(body, "version");
    if (version == null) {
      throw new InvalidChangeException("version", "version is required (the version you read)");
    }
    Category category = Requests.enumValue(body, Category.class, "category");
    Channel channel = Requests.enumValue(body, Channel.class, "channel");
    Boolean enabled = JsonFields.bool(body, "enabled");
    if (enabled == null) {
      throw new InvalidChangeException("enabled", "enabled is required (true or false)");
    }
    return MatrixView.of(preferences.change(customerId, version, category, channel, enabled, by));
  }

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
