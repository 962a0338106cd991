package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.vault.api.Actor;

/**
 * The caller's contact points (values are shown to their owner only). A new email address stays
 * unverified, and is never used, until its owner follows the link sent to it.
 */
@Path("/v1/contact-points")
@Produces(MediaType.APPLICATION_JSON)
public class ContactPointsResource {

  @Inject ContactPoints contactPoints;
  @Inject Actor actor;

  @GET
  public List<ContactPointView> list() {
    return contactPoints.of(Requests.customer(actor));
  }

  /** {@code {kind: "EMAIL", value}}: 202, the verification link is on its way. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(JsonObject request) {
    String customer = Requests.customer(actor);
    JsonObject body = JsonFields.body(request);
    String kind = JsonFields.string(body, "kind");
    if (!"EMAIL".equals(kind)) {
      throw new InvalidChangeException(
          "kind", "kind must be EMAIL (mobile numbers and postal addresses come later)");
    }
    return Response.status(Response.Status.ACCEPTED)
        .entity(contactPoints.addEmail(customer, JsonFields.string(body, "value")))
        .build();
  }
}
