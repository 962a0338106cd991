package org.ccmportal.portal.interfaces.rest.archive;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveRecordNotFoundException;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.RequestNotFoundException;
import org.ccmportal.archive.api.RequestStateException;
import org.ccmportal.portal.interfaces.rest.ApiError;

/** Turns the archive's exceptions into {@link ApiError} responses. */
public final class ArchiveErrorMappers {
  private ArchiveErrorMappers() {}

  static Response error(Response.Status status, String field, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), field, message))
        .build();
  }

  /** A bad parameter: 400 naming it. */
  @Provider
  public static class Invalid implements ExceptionMapper<InvalidArchiveRequestException> {
    @Override
    public Response toResponse(InvalidArchiveRequestException e) {
      return error(Response.Status.BAD_REQUEST, e.field(), e.getMessage());
    }
  }

  /** Not a regulator or approver: 403. */
  @Provider
  public static class Denied implements ExceptionMapper<ArchiveAccessDeniedException> {
    @Override
    public Response toResponse(ArchiveAccessDeniedException e) {
      return error(Response.Status.FORBIDDEN, null, e.getMessage());
    }
  }

  /** No such record: 404. */
  @Provider
  public static class NotFound implements ExceptionMapper<ArchiveRecordNotFoundException> {
    @Override
    public Response toResponse(ArchiveRecordNotFoundException e) {
      return error(Response.Status.NOT_FOUND, null, e.getMessage());
    }
  }

  /** No such request, or not yours: 404. */
  @Provider
  public static class RequestNotFound implements ExceptionMapper<RequestNotFoundException> {
    @Override
    public Response toResponse(RequestNotFoundException e) {
      return error(Response.Status.NOT_FOUND, null, e.getMessage());
    }
  }

  /** Not in a state for this step: 409; package expired: 410. */
  @Provider
  public static class RequestState implements ExceptionMapper<RequestStateException> {
    @Override
    public Response toResponse(RequestStateException e) {
      return error(
          e.expired() ? Response.Status.GONE : Response.Status.CONFLICT, null, e.getMessage());
    }
  }
}
