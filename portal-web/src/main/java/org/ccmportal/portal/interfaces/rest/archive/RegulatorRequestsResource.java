package org.ccmportal.portal.interfaces.rest.archive;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.RequestView;
import org.ccmportal.archive.application.RegulatorRequests;
import org.ccmportal.archive.domain.model.request.ExportScope;
import org.ccmportal.vault.api.Actor;

/**
 * Regulator requests: a regulator files one, an approver (another person) decides it, the requester
 * downloads the verifiable export package until it expires.
 */
@Path("/v1/archive/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RegulatorRequestsResource {

  @Inject RegulatorRequests requests;
  @Inject Actor actor;

  /**
   * Files a request: {@code {"caseReference":"..","dueDate":"2026-12-31","scope":{"from":..,
   * "to":..,"customerIds":[..],"categories":[..],"channels":[..]}}}.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(JsonObject body) {
    ArchiveCaller caller = caller(null);
    if (body == null) {
      throw new InvalidArchiveRequestException("body", "a JSON object is required");
    }
    JsonObject scope = object(body, "scope");
    ExportScope s =
        new ExportScope(
            strings(scope, "customerIds"),
            ArchiveResource.instant("scope.from", string(scope, "from")),
            ArchiveResource.instant("scope.to", string(scope, "to")),
            strings(scope, "categories"),
            strings(scope, "channels"));
    RequestView view =
        requests.file(
            caller,
            s,
            Params.text("caseReference", string(body, "caseReference"), 128),
            date("dueDate", string(body, "dueDate")));
    return Response.created(URI.create("archive/requests/" + view.id())).entity(view).build();
  }

  /** Approvers see every request (the approval queue), regulators their own. */
  @GET
  public List<RequestView> list() {
    return requests.list(caller(null));
  }

  @GET
  @Path("/{id}")
  public RequestView get(@PathParam("id") String id) {
    return requests.get(caller(null), id);
  }

  /** {@code {"approve":true|false,"reason":".."}}, by an approver who did not file it. */
  @POST
  @Path("/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView decide(@PathParam("id") String id, JsonObject body) {
    ArchiveCaller caller = caller(null);
    if (body == null) {
      throw new InvalidArchiveRequestException("body", "a JSON object is required");
    }
    JsonValue approve = body.get("approve");
    if (approve != JsonValue.TRUE && approve != JsonValue.FALSE) {
      throw new InvalidArchiveRequestException("approve", "required: true or false");
    }
    return requests.decide(caller, id, approve == JsonValue.TRUE, string(body, "reason"));
  }

  /** The package ZIP, for the requesting regulator only, until it expires. */
  @GET
  @Path("/{id}/package")
  @Produces("application/zip")
  public Response download(@PathParam("id") String id) {
    byte[] zip = requests.download(caller(null), id);
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"archive-export-" + id + ".zip\"")
        .build();
  }

  private ArchiveCaller caller(String caseReference) {
    ArchiveCaller caller = new ArchiveCaller(actor.subject(), actor.roles(), caseReference);
    if (!caller.isReader()) {
      throw new ArchiveAccessDeniedException();
    }
    return caller;
  }

  private static JsonObject object(JsonObject body, String field) {
    JsonValue v = body.get(field);
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidArchiveRequestException(field, "required: a JSON object");
    }
    return v.asJsonObject();
  }

  private static String string(JsonObject body, String field) {
    JsonValue v = body.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidArchiveRequestException(field, "must be a string");
  }

  private static List<String> strings(JsonObject scope, String field) {
    JsonValue v = scope.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray array)) {
      throw new InvalidArchiveRequestException("scope." + field, "must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString s)
          || s.getString().isBlank()
          || s.getString().length() > 255) {
        throw new InvalidArchiveRequestException("scope." + field, "must be an array of strings");
      }
      out.add(s.getString());
    }
    return out;
  }

  private static LocalDate date(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidArchiveRequestException(field, "expected an ISO date such as 2026-12-31");
    }
  }
}
