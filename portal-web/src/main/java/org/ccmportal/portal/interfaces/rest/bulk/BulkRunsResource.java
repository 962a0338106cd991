package org.ccmportal.portal.interfaces.rest.bulk;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.BulkRun;
import org.ccmportal.vault.api.BulkRunFacade;
import org.ccmportal.vault.api.BulkRunNotFoundException;
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * Bulk runs (publishers). {@code POST /api/v1/bulk-runs} with the file as the body, {@code
 * Content-Type: application/x-ndjson} (one JSON record per line) or {@code text/csv} (header {@code
 * customerId,documentType,externalReference,title,data}); answers 202 with the run. The same file
 * may come as {@code multipart/form-data} in a part named {@code file}, its format from the part's
 * type or its file name ({@code .ndjson}, {@code .csv}); a missing or untyped part is a 400 naming
 * {@code file}. {@code GET /api/v1/bulk-runs/{id}}: status, total, done, failed and the refused
 * lines with reasons.
 */
@Path("/v1/bulk-runs")
@Produces(MediaType.APPLICATION_JSON)
public class BulkRunsResource {
  static final String NDJSON = "application/x-ndjson";

  @Inject BulkRunFacade runs;
  @Inject Actor actor;

  @POST
  @Consumes({NDJSON, "text/csv"})
  public Response submit(@HeaderParam("Content-Type") String contentType, InputStream file) {
    BulkFormat format =
        MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(NDJSON))
            ? BulkFormat.NDJSON
            : BulkFormat.CSV;
    BulkRun run = runs.submit(actor, format, file);
    return Response.accepted(run).location(URI.create("/api/v1/bulk-runs/" + run.id())).build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response submitForm(@FormParam("file") EntityPart file) {
    if (file == null) {
      throw new InvalidRequestException("file", "a multipart body needs a part named file");
    }
    BulkFormat format = formatOf(file);
    if (format == null) {
      throw new InvalidRequestException(
          "file", "the file must be .ndjson (application/x-ndjson) or .csv (text/csv)");
    }
    try (InputStream in = file.getContent()) {
      return submit(format == BulkFormat.NDJSON ? NDJSON : "text/csv", in);
    } catch (InvalidRequestException e) {
      // the file's content is at fault: name the part the caller sent
      throw "body".equals(e.field()) ? new InvalidRequestException("file", e.getMessage()) : e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The part's type decides; a generic type falls back on the file name's extension. */
  private static BulkFormat formatOf(EntityPart part) {
    MediaType type = part.getMediaType();
    if (type != null && type.isCompatible(MediaType.valueOf(NDJSON))) {
      return BulkFormat.NDJSON;
    }
    if (type != null && type.isCompatible(MediaType.valueOf("text/csv"))) {
      return BulkFormat.CSV;
    }
    String name = part.getFileName().orElse("").toLowerCase(Locale.ROOT);
    if (name.endsWith(".ndjson")) {
      return BulkFormat.NDJSON;
    }
    return name.endsWith(".csv") ? BulkFormat.CSV : null;
  }

  @GET
  @Path("{id}")
  public BulkRun find(@PathParam("id") String id) {
    long runId;
    try {
      runId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new BulkRunNotFoundException();
    }
    return runs.find(actor, runId);
  }
}
