package org.ccmportal.portal.interfaces.rest.bulk;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.BulkRun;
import org.ccmportal.vault.api.BulkRunFacade;
import org.ccmportal.vault.api.BulkRunNotFoundException;

/**
 * Bulk runs (publishers). {@code POST /api/v1/bulk-runs} with the file as the body, {@code
 * Content-Type: application/x-ndjson} (one JSON record per line) or {@code text/csv} (header {@code
 * customerId,documentType,externalReference,title,data}); answers 202 with the run. {@code GET
 * /api/v1/bulk-runs/{id}}: status, total, done, failed and the refused lines with reasons.
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
