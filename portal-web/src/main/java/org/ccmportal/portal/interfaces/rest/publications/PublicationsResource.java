package org.ccmportal.portal.interfaces.rest.publications;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.portal.interfaces.rest.templates.AuditedAccess;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublicationAudience;
import org.ccmportal.vault.api.PublicationFacade;
import org.ccmportal.vault.api.PublicationRequest;
import org.ccmportal.vault.api.PublicationSummary;
import org.ccmportal.vault.api.PublicationView;

/**
 * Publications. Publishers create and submit them; an approver who is not the creator approves (it
 * runs now or at {@code scheduledAt}) or rejects with a reason; back-office roles read the figures
 * and preview one recipient's document. Customers get 403, callers without a token 401; refusals
 * are audited.
 */
@Path("/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
@AuditedAccess
public class PublicationsResource {

  @Inject PublicationFacade publications;
  @Inject Actor actor;

  /**
   * Body: {@code title}, {@code documentType}, optional {@code templateId}, {@code
   * templateVersion}, {@code audience} (a JSON array of customer ids, or text with one id per line)
   * or instead {@code segment} (an object with {@code region} and/or {@code product}: the customers
   * with those attributes now), optional {@code scheduledAt} (ISO-8601 instant; absent: on
   * approval), optional {@code data} (JSON object; absent: the template version's sample data).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject request) {
    JsonObject body = JsonFields.body(request);
    Long version = JsonFields.integer(body, "templateVersion");
    JsonObject segment = JsonFields.object(body, "segment");
    if (segment != null
        && blank(segmentField(segment, "region"))
        && blank(segmentField(segment, "product"))) {
      throw new InvalidRequestException("segment", "a segment needs a region, a product or both");
    }
    if (version != null && (version < 1 || version > Integer.MAX_VALUE)) {
      throw new InvalidRequestException("templateVersion", "templateVersion must be at least 1");
    }
    PublicationView created =
        publications.create(
            actor,
            new PublicationRequest(
                JsonFields.string(body, "title"),
                JsonFields.string(body, "documentType"),
                JsonFields.string(body, "templateId"),
                version == null ? null : version.intValue(),
                body.containsKey("audience") || segment == null
                    ? audience(body.get("audience"))
                    : null,
                instant(JsonFields.string(body, "scheduledAt")),
                JsonFields.object(body, "data"),
                segment == null ? null : segmentField(segment, "region"),
                segment == null ? null : segmentField(segment, "product")));
    return Response.created(URI.create("/api/v1/publications/" + created.id()))
        .entity(created)
        .build();
  }

  @GET
  public List<PublicationSummary> list(@QueryParam("state") String state) {
    return publications.list(actor, state);
  }

  @GET
  @Path("{id:[0-9]{1,18}}")
  public PublicationView find(@PathParam("id") long id) {
    return publications.find(actor, id);
  }

  @POST
  @Path("{id:[0-9]{1,18}}/submit")
  public PublicationView submit(@PathParam("id") long id) {
    return publications.submit(actor, id);
  }

  @POST
  @Path("{id:[0-9]{1,18}}/approve")
  public PublicationView approve(@PathParam("id") long id) {
    return publications.approve(actor, id);
  }

  /** Body: {@code reason} (required). */
  @POST
  @Path("{id:[0-9]{1,18}}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  public PublicationView reject(@PathParam("id") long id, JsonObject request) {
    String reason = request == null ? null : JsonFields.string(request, "reason");
    return publications.reject(actor, id, reason);
  }

  /** The PDF one recipient would get, marked PREVIEW on every page; 404 when not a recipient. */
  @GET
  @Path("{id:[0-9]{1,18}}/preview")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response preview(@PathParam("id") long id, @QueryParam("customerId") String customerId) {
    byte[] pdf = publications.preview(actor, id, customerId);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"publication-" + id + "-preview.pdf\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String segmentField(JsonObject segment, String name) {
    JsonValue value = segment.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw new InvalidRequestException("segment." + name, "segment." + name + " must be a string");
  }

  private static List<String> audience(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return PublicationAudience.lines(text.getString());
    }
    if (value instanceof JsonArray array) {
      List<String> ids = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof JsonString s)) {
          throw new InvalidRequestException(
              "audience", "audience entry " + (i + 1) + " must be a string (a customer id)");
        }
        ids.add(s.getString());
      }
      return ids;
    }
    throw new InvalidRequestException(
        "audience", "audience must be a JSON array of customer ids or text with one id per line");
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "scheduledAt", "scheduledAt must be an ISO-8601 instant such as 2026-12-01T09:00:00Z");
    }
  }
}
