package org.ccmportal.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublishCommand;
import org.ccmportal.vault.api.PublishReceipt;
import org.ccmportal.vault.api.PublishingFacade;

/**
 * Publishing a communication to one customer (billing systems, back office). Body: {@code
 * customerId}, {@code documentType} (one of {@link DocumentType}), {@code externalReference} (the
 * sender's unique reference), optional {@code title}, and {@code data} (the data record).
 */
@Path("/v1/communications")
public class CommunicationsResource {

  @Inject PublishingFacade publishing;
  @Inject Actor actor;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response publish(JsonObject request) {
    JsonObject body = JsonFields.body(request);
    PublishReceipt receipt =
        publishing.publish(
            actor,
            new PublishCommand(
                JsonFields.string(body, "customerId"),
                documentType(JsonFields.string(body, "documentType")),
                JsonFields.string(body, "externalReference"),
                JsonFields.string(body, "title"),
                JsonFields.object(body, "data")));
    var answer =
        new PublishResponse(
            receipt.documentId().toString(),
            receipt.sha256(),
            receipt.retainUntil().toString(),
            receipt.created());
    return receipt.created()
        ? Response.created(URI.create("/api/v1/documents/" + receipt.documentId()))
            .entity(answer)
            .build()
        : Response.ok(answer).build();
  }

  private static DocumentType documentType(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DocumentType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "documentType", "documentType must be one of " + Arrays.toString(DocumentType.values()));
    }
  }

  /** What a publish returns. */
  public record PublishResponse(
      String documentId, String sha256, String retainUntil, boolean created) {}
}
