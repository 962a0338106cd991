package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ccmportal.portal.interfaces.rest.ApiError;
import org.ccmportal.preferences.api.InvalidChangeException;

/** Errors of the preference center as {@link ApiError} responses. */
public final class PreferenceErrorMappers {
  private PreferenceErrorMappers() {}

  /** A field the preference center refuses: 400 naming it. */
  @Provider
  public static class InvalidChange implements ExceptionMapper<InvalidChangeException> {
    @Override
    public Response toResponse(InvalidChangeException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ApiError(400, "Bad Request", e.field(), e.getMessage()))
          .build();
    }
  }
}
