package org.ccmportal.portal.interfaces.rest.templates;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ccmportal.portal.interfaces.rest.ApiError;
import org.ccmportal.vault.domain.model.template.TemplateNotFoundException;
import org.ccmportal.vault.domain.model.template.TemplateStateException;

/** Template lifecycle errors as {@link ApiError} responses. */
public final class TemplateErrorMappers {
  private TemplateErrorMappers() {}

  static Response error(Response.Status status, String field, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), field, message))
        .build();
  }

  /** The step does not fit the version's status (e.g. approving a draft): 409. */
  @Provider
  public static class WrongState implements ExceptionMapper<TemplateStateException> {
    @Override
    public Response toResponse(TemplateStateException e) {
      return error(Response.Status.CONFLICT, "status", e.getMessage());
    }
  }

  /** No such template or version: 404. */
  @Provider
  public static class NotFound implements ExceptionMapper<TemplateNotFoundException> {
    @Override
    public Response toResponse(TemplateNotFoundException e) {
      return error(Response.Status.NOT_FOUND, null, e.getMessage());
    }
  }
}
