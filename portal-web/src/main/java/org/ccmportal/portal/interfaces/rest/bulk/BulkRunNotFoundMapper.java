package org.ccmportal.portal.interfaces.rest.bulk;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ccmportal.portal.interfaces.rest.ApiError;
import org.ccmportal.vault.api.BulkRunNotFoundException;

/** No such run, or someone else's: 404, the same answer. */
@Provider
public class BulkRunNotFoundMapper implements ExceptionMapper<BulkRunNotFoundException> {
  @Override
  public Response toResponse(BulkRunNotFoundException e) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(404, "Not Found", null, e.getMessage()))
        .build();
  }
}
