package org.ccmportal.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.ccmportal.portal.interfaces.web.Downloads;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentContent;
import org.ccmportal.vault.api.DocumentNotFoundException;
import org.ccmportal.vault.api.DocumentPage;
import org.ccmportal.vault.api.DocumentSummary;
import org.ccmportal.vault.api.InboxFacade;

/** The authenticated customer's documents; anybody else's are "not found". */
@Path("/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

  @Inject InboxFacade inbox;
  @Inject Actor actor;

  @GET
  public DocumentList list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    DocumentPage page = inbox.list(actor, offset, limit);
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
    DocumentContent content = inbox.open(actor, parse(id));
    return Downloads.pdf(Response.ok(content.bytes()), content.fileName(), true).build();
  }

  private static UUID parse(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new DocumentNotFoundException();
    }
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
