package org.ccmportal.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ccmportal.portal.interfaces.web.Downloads;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentContent;
import org.ccmportal.vault.api.DocumentNotFoundException;
import org.ccmportal.vault.api.DocumentPage;
import org.ccmportal.vault.api.DocumentSummary;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InboxFacade;
import org.ccmportal.vault.api.InboxFilter;
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * The authenticated customer's documents; anybody else's are "not found". {@code GET} takes the
 * optional filters {@code type}, {@code from} and {@code to} (ISO dates, inclusive), {@code read}
 * ({@code true}/{@code false}), {@code q} (text in the title), and {@code offset}/{@code limit}
 * (1-100); a bad value is a 400 naming the parameter.
 */
@Path("/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {
  private static final int MAX_LIMIT = 100;

  @Inject InboxFacade inbox;
  @Inject Actor actor;

  @GET
  public DocumentList list(
      @QueryParam("type") String type,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("read") String read,
      @QueryParam("q") String q,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    InboxFilter filter =
        new InboxFilter(type(type), date("from", from), date("to", to), bool("read", read), q);
    DocumentPage page =
        inbox.list(
            actor,
            filter,
            integer("offset", offset, 0, 0, Integer.MAX_VALUE),
            integer("limit", limit, 25, 1, MAX_LIMIT));
    return new DocumentList(
        page.items().stream().map(DocumentView::of).toList(),
        page.total(),
        page.offset(),
        page.limit());
  }

  @GET
  @Path("{id}/content")
  @Produces("application/pdf")
  public Response content(@PathParam("id") String id) {
    DocumentContent content = inbox.open(actor, parse(id), true);
    return Downloads.pdf(Response.ok(content.bytes()), content.fileName(), true).build();
  }

  /** Body {@code {"read": true|false}}: marks the caller's document read or unread; 204. */
  @PUT
  @Path("{id}/read")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response markRead(@PathParam("id") String id, JsonObject request) {
    JsonObject body = JsonFields.body(request);
    Boolean read = JsonFields.bool(body, "read");
    if (read == null) {
      throw new InvalidRequestException("read", "read is required (true or false)");
    }
    inbox.markRead(actor, parse(id), read);
    return Response.noContent().build();
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new DocumentNotFoundException();
    }
  }

  private static DocumentType type(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DocumentType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "type", "type must be one of " + Arrays.toString(DocumentType.values()));
    }
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(name, name + " must be a date as YYYY-MM-DD");
    }
  }

  private static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidRequestException(name, name + " must be true or false");
    };
  }

  private static int integer(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidRequestException(
        name,
        name
            + " must be a whole number "
            + (max == Integer.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max));
  }

  /** A page of documents. */
  public record DocumentList(List<DocumentView> items, long total, int offset, int limit) {}

  /** One document as the API shows it. */
  public record DocumentView(
      String id,
      String type,
      String title,
      String issuedAt,
      long sizeBytes,
      boolean read,
      String sha256) {
    static DocumentView of(DocumentSummary s) {
      return new DocumentView(
          s.id().toString(),
          s.type().name(),
          s.title(),
          s.issuedAt().toString(),
          s.sizeBytes(),
          s.read(),
          s.sha256());
    }
  }
}
