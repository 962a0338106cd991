package org.ccmportal.portal.interfaces.rest.customers;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ccmportal.portal.interfaces.rest.ApiError;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.portal.interfaces.rest.templates.AuditedAccess;
import org.ccmportal.portal.interfaces.web.Downloads;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.CommunicationHistory;
import org.ccmportal.vault.api.CommunicationHistoryFacade;
import org.ccmportal.vault.api.CustomerProfileFacade;
import org.ccmportal.vault.api.CustomerProfileView;
import org.ccmportal.vault.api.DocumentContent;
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * Customer attributes for audiences. (Same root path as the preference center's on-behalf resource:
 * JAX-RS picks one root class per path, so resources under a customer share it.) The customer
 * system sets a profile ({@code PUT /customers/{id}/profile}, role publisher or admin); back-office
 * staff read it and size a segment ({@code GET /segments/size?region=&product=}). Service staff
 * read a customer's communication history and open its documents (audited). Customers get 403
 * (audited), anonymous callers 401.
 */
@Path("/v1/customers/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@AuditedAccess
public class CustomersResource {

  @Inject CustomerProfileFacade profiles;
  @Inject CommunicationHistoryFacade history;
  @Inject Actor actor;

  /** Body: {@code region} (a code, or null) and {@code products} (an array of codes). */
  @PUT
  @Path("profile")
  @Consumes(MediaType.APPLICATION_JSON)
  public CustomerProfileView put(@PathParam("customerId") String id, JsonObject request) {
    JsonObject body = JsonFields.body(request);
    return profiles.put(actor, id, JsonFields.string(body, "region"), products(body));
  }

  @GET
  @Path("profile")
  public Response get(@PathParam("customerId") String id) {
    return profiles
        .find(actor, id)
        .map(profile -> Response.ok(profile).build())
        .orElseGet(
            () ->
                ApiError.response(Response.Status.NOT_FOUND, "id", "this customer has no profile"));
  }

  /**
   * What was sent to the customer, newest first, with the delivery events (role service or admin):
   * {@code offset} (default 0), {@code limit} (default 25, at most 100).
   */
  @GET
  @Path("communications")
  public CommunicationHistory communications(
      @PathParam("customerId") String id,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return history.history(actor, id, number("offset", offset, 0), number("limit", limit, 25));
  }

  /** One of the customer's documents for service staff (role service or admin); audited. */
  @GET
  @Path("communications/{documentId}/content")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response content(
      @PathParam("customerId") String id, @PathParam("documentId") String documentId) {
    UUID document;
    try {
      document = UUID.fromString(documentId);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("documentId", "documentId must be a UUID");
    }
    DocumentContent content = history.document(actor, id, document);
    return Downloads.pdf(Response.ok(content.bytes()), content.fileName(), true).build();
  }

  private static int number(String field, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(field, field + " must be a whole number");
    }
  }

  private static List<String> products(JsonObject body) {
    JsonValue value = body.get("products");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw new InvalidRequestException("products", "products must be an array of codes");
    }
    List<String> codes = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonString code)) {
        throw new InvalidRequestException(
            "products", "products entry " + (i + 1) + " must be a string (a product code)");
      }
      codes.add(code.getString());
    }
    return codes;
  }
}
