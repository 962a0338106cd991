package org.ccmportal.portal.interfaces.rest.retention;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ccmportal.portal.interfaces.rest.templates.AuditedAccess;
import org.ccmportal.portal.interfaces.rest.templates.Bodies;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.application.retention.DispositionService;
import org.ccmportal.vault.application.retention.RetentionService;
import org.ccmportal.vault.application.retention.RetentionViews;

/**
 * Retention: the rules per document type ({@code admin}), the events that start event-based periods
 * ({@code publisher} systems) and an on-demand disposition run ({@code admin}; it also runs every
 * night).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@AuditedAccess
public class RetentionResource {

  @Inject RetentionService retention;
  @Inject DispositionService disposition;
  @Inject Actor actor;

  @GET
  @Path("retention-rules")
  public List<RetentionViews.Rule> rules() {
    return retention.rules(actor);
  }

  /**
   * Changes one rule. Body: {@code documentType}, {@code period} (ISO-8601, e.g. P7Y), {@code
   * trigger} (ISSUE_DATE or EVENT) and, for EVENT, {@code event} (POLICY_END, ACCOUNT_CLOSURE,
   * RELATIONSHIP_END).
   */
  @PUT
  @Path("retention-rules")
  @Consumes(MediaType.APPLICATION_JSON)
  public RetentionViews.Rule change(JsonObject request) {
    JsonObject body = Bodies.orEmpty(request);
    return retention.change(
        actor,
        Bodies.string(body, "documentType"),
        Bodies.string(body, "period"),
        Bodies.string(body, "trigger"),
        Bodies.string(body, "event"));
  }

  /** Body: {@code customerId}, {@code event}, {@code occurredAt} (ISO-8601 instant). */
  @POST
  @Path("retention-events")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordEvent(JsonObject request) {
    JsonObject body = Bodies.orEmpty(request);
    RetentionViews.EventRecorded recorded =
        retention.recordEvent(
            actor,
            Bodies.string(body, "customerId"),
            Bodies.string(body, "event"),
            Bodies.string(body, "occurredAt"));
    return Response.status(Response.Status.CREATED).entity(recorded).build();
  }

  @POST
  @Path("disposition-runs")
  public RetentionViews.DispositionRun runDisposition() {
    return disposition.run(actor);
  }
}
