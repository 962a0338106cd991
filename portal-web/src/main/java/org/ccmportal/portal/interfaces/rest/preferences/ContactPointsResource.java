package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.vault.api.Actor;

/**
 * The caller's contact points (values are shown to their owner only). A new email address stays
 * unverified, and is never used, until its owner follows the link sent to it; a new mobile number
 * until its owner posts the 6-digit code sent to it by SMS. Its owner may remove it. Someone else's
 * contact point, or a removed one, is a 404.
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

  /** One of the caller's contact points; someone else's is a 404. */
  @GET
  @Path("{id}")
  public ContactPointView one(@PathParam("id") long id) {
    return contactPoints.find(Requests.customer(actor), id);
  }

  /**
   * {@code {kind: "EMAIL", value}}: 202, the verification link is on its way; {@code {kind: "SMS",
   * value: "+447700900123"}}: 202, the code is on its way by SMS (429 when one was sent moments
   * ago, 503 when the SMS gateway cannot take it: nothing is stored then).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(JsonObject request) {
    String customer = Requests.customer(actor);
    JsonObject body = JsonFields.body(request);
    String kind = JsonFields.string(body, "kind");
    String value = JsonFields.string(body, "value");
    ContactPointView added;
    if ("EMAIL".equals(kind)) {
      added = contactPoints.addEmail(customer, value);
    } else if ("SMS".equals(kind)) {
      added = contactPoints.addMobile(customer, value);
    } else {
      throw new InvalidChangeException(
          "kind", "kind must be EMAIL or SMS (postal addresses come later)");
    }
    return Response.status(Response.Status.ACCEPTED).entity(added).build();
  }

  /**
   * {@code {code: "123456"}} verifies the caller's mobile number: 200 with the verified contact
   * point; a wrong code 422 with {@code attemptsLeft}; an expired or locked code 422 with 0.
   */
  @POST
  @Path("{id}/verify")
  @Consumes(MediaType.APPLICATION_JSON)
  public ContactPointView verify(@PathParam("id") long id, JsonObject request) {
    String customer = Requests.customer(actor);
    String code = JsonFields.string(JsonFields.body(request), "code");
    if (code == null || code.isBlank()) {
      throw new InvalidChangeException("code", "code is required: the 6 digits sent by SMS");
    }
    return contactPoints.verifyMobile(customer, id, code);
  }

  /**
   * Removes one of the caller's contact points: 204. It is never used again and no longer listed;
   * the removal is recorded, not deleted. Someone else's, a removed or an unknown id is a 404.
   */
  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    contactPoints.remove(Requests.customer(actor), id, ChangeMethod.API);
    return Response.noContent().build();
  }

  /** Sends a new code for the caller's unverified mobile number: 202, or 429 when too soon. */
  @POST
  @Path("{id}/code")
  public Response resend(@PathParam("id") long id) {
    return Response.status(Response.Status.ACCEPTED)
        .entity(contactPoints.resendCode(Requests.customer(actor), id))
        .build();
  }
}
