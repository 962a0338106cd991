package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.preferences.application.DefaultConsentService;
import org.ccmportal.vault.api.Actor;

/** The caller's consent ledger: their history, new decisions, and a JSON or PDF download. */
@Path("/v1/consents")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentsResource {

  @Inject ConsentService consents;
  @Inject Actor actor;
  @Inject ConsentHistoryDocument historyDocument;

  /** The caller's history, oldest first. */
  @GET
  public List<ConsentView> history() {
    return consents.history(Requests.customer(actor)).stream().map(ConsentView::of).toList();
  }

  /**
   * Grants or withdraws a consent of the caller: {@code {purpose, decision, textVersion}}; granting
   * {@code PAPERLESS} also needs {@code "sampleOpened": true} (the customer opened the sample PDF).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(JsonObject request) {
    String customer = Requests.customer(actor);
    return created(
        apply(consents, customer, request, ChangedBy.customer(ChangeMethod.API, actor.subject())));
  }

  /** The whole history as a file to keep (JSON). */
  @GET
  @Path("export")
  public Response export() {
    String customer = Requests.customer(actor);
    JsonArrayBuilder records = Json.createArrayBuilder();
    for (ConsentEntry e : consents.history(customer)) {
      records.add(Json.createReader(new StringReader(DefaultConsentService.json(e))).readObject());
    }
    JsonObject file =
        Json.createObjectBuilder()
            .add("customerId", customer)
            .add("exportedAt", java.time.Instant.now().toString())
            .add("records", records)
            .build();
    return Response.ok(file.toString(), MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"consent-history.json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * The whole history as a PDF to keep (PDF/A-2b, tagged): the caller's own ledger only, as the
   * customer id comes from the token.
   */
  @GET
  @Path("history.pdf")
  @Produces("application/pdf")
  public Response historyPdf() {
    String customer = Requests.customer(actor);
    return Response.ok(historyDocument.render(customer), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ConsentHistoryDocument.FILE_NAME + "\"")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  static ConsentEntry apply(
      ConsentService consents, String customerId, JsonObject request, ChangedBy by) {
    JsonObject body = JsonFields.body(request);
    ConsentPurpose purpose = Requests.enumValue(body, ConsentPurpose.class, "purpose");
    ConsentDecision decision = Requests.enumValue(body, ConsentDecision.class, "decision");
    Long version = JsonFields.integer(body, "textVersion");
    if (version != null && (version < 1 || version > Integer.MAX_VALUE)) {
      throw new InvalidChangeException("textVersion", "textVersion must be a version from 1");
    }
    Boolean sampleOpened = JsonFields.bool(body, "sampleOpened");
    if (purpose == ConsentPurpose.PAPERLESS
        && decision == ConsentDecision.GRANTED
        && by.method() == ChangeMethod.STAFF_ON_BEHALF) {
      throw new InvalidChangeException(
          "purpose",
          "paperless consent must be given by the customer, who opens the sample PDF themselves");
    }
    return consents.record(
        customerId,
        purpose,
        decision,
        version == null ? null : version.intValue(),
        Boolean.TRUE.equals(sampleOpened),
        by);
  }

  static Response created(ConsentEntry entry) {
    return Response.status(Response.Status.CREATED).entity(ConsentView.of(entry)).build();
  }

  /** One ledger record as the API shows it. */
  public record ConsentView(
      long id,
      String purpose,
      String decision,
      int textVersion,
      String textSha256,
      String recordedAt,
      String method,
      String actor,
      String reason) {
    static ConsentView of(ConsentEntry e) {
      return new ConsentView(
          e.id(),
          e.purpose().name(),
          e.decision().name(),
          e.textVersion(),
          e.textSha256(),
          e.recordedAt().toString(),
          e.method().name(),
          e.actor(),
          e.reason());
    }
  }
}
