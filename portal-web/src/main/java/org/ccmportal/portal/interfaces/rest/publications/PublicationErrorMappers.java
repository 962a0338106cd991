package org.ccmportal.portal.interfaces.rest.publications;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ccmportal.portal.interfaces.rest.ApiError;
import org.ccmportal.vault.api.PublicationNotFoundException;
import org.ccmportal.vault.api.PublicationRuleException;
import org.ccmportal.vault.api.PublicationStateException;

/** Publication errors as {@link ApiError} responses. */
public final class PublicationErrorMappers {
  private PublicationErrorMappers() {}

  static Response error(int status, String reason, String field, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, reason, field, message))
        .build();
  }

  /** The step does not fit the publication's state (e.g. approving a draft): 409. */
  @Provider
  public static class WrongState implements ExceptionMapper<PublicationStateException> {
    @Override
    public Response toResponse(PublicationStateException e) {
      return error(409, "Conflict", "state", e.getMessage());
    }
  }

  /** A publishing rule refuses the request (a template version not approved): 422. */
  @Provider
  public static class RuleRefused implements ExceptionMapper<PublicationRuleException> {
    @Override
    public Response toResponse(PublicationRuleException e) {
      return error(422, "Unprocessable Content", e.field(), e.getMessage());
    }
  }

  /** No such publication, or the customer is not in its audience: 404. */
  @Provider
  public static class NotFound implements ExceptionMapper<PublicationNotFoundException> {
    @Override
    public Response toResponse(PublicationNotFoundException e) {
      return error(404, "Not Found", null, e.getMessage());
    }
  }
}
