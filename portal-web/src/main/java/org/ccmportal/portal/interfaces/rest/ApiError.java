package org.ccmportal.portal.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every API error: the HTTP status, a short error name, the field at fault (if any) and
 * a message a person can act on. Never a stack trace.
 */
public record ApiError(int status, String error, String field, String message) {

  public static Response response(Response.Status status, String field, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), field, message))
        .build();
  }
}
