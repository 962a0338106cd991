package org.ccmportal.portal.interfaces.rest.delivery;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ccmportal.portal.interfaces.rest.ApiError;
import org.ccmportal.vault.application.delivery.DeliveryItemNotFoundException;
import org.ccmportal.vault.application.delivery.DeliveryItemStateException;

/** Errors of the delivery API as JSON: no such item is 404, an item not dead is 409. */
public final class DeliveryErrorMappers {
  private DeliveryErrorMappers() {}

  @Provider
  public static class NotFound implements ExceptionMapper<DeliveryItemNotFoundException> {
    @Override
    public Response toResponse(DeliveryItemNotFoundException e) {
      return error(Response.Status.NOT_FOUND, "id", e.getMessage());
    }
  }

  @Provider
  public static class WrongState implements ExceptionMapper<DeliveryItemStateException> {
    @Override
    public Response toResponse(DeliveryItemStateException e) {
      return error(Response.Status.CONFLICT, "id", e.getMessage());
    }
  }

  static Response error(Response.Status status, String field, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), field, message))
        .build();
  }
}
