package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.ccmportal.portal.interfaces.rest.ApiError;
import org.ccmportal.preferences.api.CodeRejectedException;
import org.ccmportal.preferences.api.CodeResendTooSoonException;
import org.ccmportal.preferences.api.ContactPointNotFoundException;
import org.ccmportal.preferences.api.SmsGatewayException;

/** Errors of contact-point verification as JSON error bodies; never a stack trace. */
public final class ContactPointErrorMappers {
  private static final Logger LOG = Logger.getLogger(ContactPointErrorMappers.class.getName());

  private ContactPointErrorMappers() {}

  /**
   * The body of a refused code: an {@link ApiError}'s fields plus the tries left.
   *
   * @param attemptsLeft tries left with this code (0: ask for a new one)
   */
  public record CodeError(
      int status, String error, String field, String message, int attemptsLeft) {}

  /** Not the caller's contact point (or none): 404, the same answer either way. */
  @Provider
  public static class NotFound implements ExceptionMapper<ContactPointNotFoundException> {
    @Override
    public Response toResponse(ContactPointNotFoundException e) {
      return json(Response.Status.NOT_FOUND, new ApiError(404, "Not Found", null, e.getMessage()));
    }
  }

  /** A wrong, expired or locked code: 422 naming {@code code}, with the tries left. */
  @Provider
  public static class CodeRejected implements ExceptionMapper<CodeRejectedException> {
    @Override
    public Response toResponse(CodeRejectedException e) {
      return Response.status(422)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(
              new CodeError(422, "Unprocessable Content", "code", e.getMessage(), e.attemptsLeft()))
          .build();
    }
  }

  /** A new code asked for too soon: 429 with Retry-After. */
  @Provider
  public static class ResendTooSoon implements ExceptionMapper<CodeResendTooSoonException> {
    @Override
    public Response toResponse(CodeResendTooSoonException e) {
      return Response.status(Response.Status.TOO_MANY_REQUESTS)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .header("Retry-After", e.retryAfterSeconds())
          .entity(new ApiError(429, "Too Many Requests", null, e.getMessage()))
          .build();
    }
  }

  /** The SMS gateway cannot take the message: 503, nothing was stored. */
  @Provider
  public static class GatewayDown implements ExceptionMapper<SmsGatewayException> {
    @Override
    public Response toResponse(SmsGatewayException e) {
      LOG.warning("SMS gateway: " + e.getMessage());
      return json(
          Response.Status.SERVICE_UNAVAILABLE,
          new ApiError(
              503,
              "Service Unavailable",
              null,
              "the SMS could not be sent just now; nothing was saved, please try again later"));
    }
  }

  private static Response json(Response.Status status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
