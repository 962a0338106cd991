package org.ccmportal.portal.interfaces.rest.delivery;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ccmportal.portal.interfaces.rest.JsonFields;
import org.ccmportal.portal.interfaces.rest.templates.AuditedAccess;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.application.delivery.DeadLetterPage;
import org.ccmportal.vault.application.delivery.DeadLetterService;
import org.ccmportal.vault.application.delivery.DeadLetterView;
import org.ccmportal.vault.application.delivery.DeliveryItemNotFoundException;
import org.ccmportal.vault.application.delivery.PrintBatches;
import org.ccmportal.vault.application.delivery.PrintRun;
import org.ccmportal.vault.application.delivery.SmsReceipts;

/**
 * Delivery operations for staff: the dead-letter list and its retry ({@code publisher}, {@code
 * admin}), and a print batch run now ({@code admin}, {@code publisher}; it also runs daily). A
 * customer gets 403 (an audit event), an anonymous caller 401. Also the SMS gateway's delivery
 * receipts, which it signs instead of sending a token.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@AuditedAccess
public class DeliveryResource {

  static final int WAIT_SECONDS = 40;

  @Inject DeadLetterService deadLetters;
  @Inject PrintBatches printBatches;
  @Inject SmsReceipts receipts;

  @Inject Actor actor;

  /** Dead delivery items, most recent first: {@code offset} (default 0), {@code limit} (50). */
  @GET
  @Path("delivery/dead-letters")
  public DeadLetterPage deadLetters(
      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    return deadLetters.list(actor, number("offset", offset, 0), number("limit", limit, 50));
  }

  /** Queues a dead item again, attempts reset, same idempotency key. */
  @POST
  @Path("delivery/dead-letters/{id}/retry")
  public DeadLetterView retry(@PathParam("id") String id) {
    return deadLetters.retry(actor, itemId(id));
  }

  /**
   * Writes every queued print item to the print drop now: 201 with the batches when the run ends
   * within {@value #WAIT_SECONDS} s, else 202 (the run goes on in the background; its items become
   * SENT or DEAD as it goes).
   */
  @POST
  @Path("print-batches")
  public Response runPrintBatch() {
    Optional<PrintRun> run = printBatches.run(actor, Duration.ofSeconds(WAIT_SECONDS));
    return run.isPresent()
        ? Response.status(Response.Status.CREATED).entity(run.get()).build()
        : Response.accepted(
                Json.createObjectBuilder()
                    .add("status", "RUNNING")
                    .add("message", "the print run goes on in the background")
                    .build())
            .build();
  }

  /**
   * A delivery receipt from the SMS gateway (no bearer token: the gateway signs the body, see
   * {@link ReceiptSignature}): {@code {"reference": "<the message's reference>", "status":
   * "delivered"|"undelivered", "detail": "<gateway code>"}}. 200 with {@code recorded} or {@code
   * alreadyRecorded}; 401 unsigned or wrongly signed; 400 naming the field; 404 (field {@code
   * reference}) when no SMS was sent with that reference; 503 when receipts are not configured.
   */
  @POST
  @Path("delivery/sms-receipts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response smsReceipt(@HeaderParam(ReceiptSignature.HEADER) String signature, String body) {
    Optional<ReceiptSignature> configured = ReceiptSignature.fromEnvironment(System.getenv());
    if (configured.isEmpty()) {
      return DeliveryErrorMappers.error(
          Response.Status.SERVICE_UNAVAILABLE, null, "SMS receipts are not configured");
    }
    if (!configured.get().verifies(body, signature)) {
      return DeliveryErrorMappers.error(
          Response.Status.UNAUTHORIZED,
          ReceiptSignature.HEADER,
          "the receipt must be signed: " + ReceiptSignature.HEADER + ": sha256=<HMAC of the body>");
    }
    JsonObject json = JsonFields.body(parse(body));
    String reference = JsonFields.string(json, "reference");
    if (reference == null || reference.isBlank() || reference.length() > 200) {
      throw new InvalidRequestException("reference", "reference must be 1 to 200 characters");
    }
    String status = JsonFields.string(json, "status");
    boolean delivered;
    if ("delivered".equalsIgnoreCase(status)) {
      delivered = true;
    } else if ("undelivered".equalsIgnoreCase(status)) {
      delivered = false;
    } else {
      throw new InvalidRequestException("status", "status must be delivered or undelivered");
    }
    String detail =
        json.containsKey("detail") && json.get("detail") instanceof JsonString s
            ? s.getString().strip()
            : null;
    if (detail != null && (detail.isEmpty() || detail.length() > 100)) {
      throw new InvalidRequestException("detail", "detail must be 1 to 100 characters");
    }
    try {
      SmsReceipts.Outcome outcome = receipts.record(reference, delivered, detail, Instant.now());
      return Response.ok(
              Json.createObjectBuilder()
                  .add(
                      "outcome",
                      outcome == SmsReceipts.Outcome.RECORDED ? "recorded" : "alreadyRecorded")
                  .build())
          .build();
    } catch (DeliveryItemNotFoundException e) {
      return DeliveryErrorMappers.error(
          Response.Status.NOT_FOUND, "reference", "no SMS was sent with that reference");
    }
  }

  private static JsonObject parse(String body) {
    try (var reader = Json.createReader(new java.io.StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (jakarta.json.JsonException | IllegalStateException e) {
      throw new InvalidRequestException("body", "the body must be a JSON object");
    }
  }

  private static long itemId(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("id", "id must be the number of a delivery item");
    }
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
}
