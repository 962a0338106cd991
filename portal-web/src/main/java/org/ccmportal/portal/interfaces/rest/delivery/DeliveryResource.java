package org.ccmportal.portal.interfaces.rest.delivery;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.ccmportal.portal.interfaces.rest.templates.AuditedAccess;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.application.delivery.DeadLetterPage;
import org.ccmportal.vault.application.delivery.DeadLetterService;
import org.ccmportal.vault.application.delivery.DeadLetterView;
import org.ccmportal.vault.application.delivery.PrintBatches;
import org.ccmportal.vault.application.delivery.PrintRun;

/**
 * Delivery operations for staff: the dead-letter list and its retry ({@code publisher}, {@code
 * admin}), and a print batch run now ({@code admin}, {@code publisher}; it also runs daily). A
 * customer gets 403 (an audit event), an anonymous caller 401.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@AuditedAccess
public class DeliveryResource {

  static final int WAIT_SECONDS = 40;

  @Inject DeadLetterService deadLetters;
  @Inject PrintBatches printBatches;

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
