package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.preferences.api.DeliverySettings;
import org.ccmportal.preferences.api.DeliverySettingsService;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.vault.api.Actor;

/**
 * The caller's own time zone, SMS quiet hours and language (the id is the token's): {@code
 * {version, timeZone, quietFrom, quietTo, language}}. No SMS is sent during quiet hours.
 */
@Path("/v1/preferences/settings")
@Produces(MediaType.APPLICATION_JSON)
public class DeliverySettingsResource {

  @Inject DeliverySettingsService settings;
  @Inject Actor actor;

  @GET
  public SettingsView get() {
    return SettingsView.of(settings.current(Requests.customer(actor)));
  }

  /**
   * Saves the settings whole; {@code version} must be the version last read (0 before the first
   * save), else 409 and nothing changes.
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public SettingsView change(JsonObject request) {
    String customer = Requests.customer(actor);
    JsonObject body = JsonFields.body(request);
    Long version = JsonFields.integer(body, "version");
    if (version == null || version < 0) {
      throw new InvalidChangeException("version", "version is required (the version you read)");
    }
    DeliverySettings wanted =
        DeliverySettings.parse(
            JsonFields.string(body, "timeZone"),
            JsonFields.string(body, "quietFrom"),
            JsonFields.string(body, "quietTo"),
            JsonFields.string(body, "language"),
            version);
    return SettingsView.of(settings.change(customer, wanted));
  }

  /** The settings as the API shows them (times as HH:mm, null without quiet hours). */
  public record SettingsView(
      long version, String timeZone, String quietFrom, String quietTo, String language) {
    static SettingsView of(DeliverySettings s) {
      return new SettingsView(
          s.version(),
          s.timeZone().getId(),
          DeliverySettings.format(s.quietFrom()),
          DeliverySettings.format(s.quietTo()),
          s.language());
    }
  }
}
