package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.preferences.api.PreferenceService;
import org.ccmportal.vault.api.Actor;

/**
 * Staff (role admin) changing a customer's preferences or consents on their behalf. A reason is
 * mandatory and is recorded with the change, marked {@code STAFF_ON_BEHALF} with the staff member.
 */
@Path("/v1/customers/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnBehalfResource {

  @Inject PreferenceService preferences;
  @Inject ConsentService consents;
  @Inject Actor actor;

  /** {@code {version, category, channel, enabled, reason}}. */
  @PUT
  @Path("preferences")
  public PreferencesResource.MatrixView changePreferences(
      @PathParam("customerId") String customerId, JsonObject request) {
    ChangedBy by = staff(request);
    return PreferencesResource.apply(preferences, customerId, request, by);
  }

  /** {@code {purpose, decision, textVersion, reason}}. */
  @POST
  @Path("consents")
  public Response recordConsent(@PathParam("customerId") String customerId, JsonObject request) {
    ChangedBy by = staff(request);
    return ConsentsResource.created(ConsentsResource.apply(consents, customerId, request, by));
  }

  private ChangedBy staff(JsonObject request) {
    Requests.admin(actor);
    return ChangedBy.staff(actor.subject(), JsonFields.string(JsonFields.body(request), "reason"));
  }
}
