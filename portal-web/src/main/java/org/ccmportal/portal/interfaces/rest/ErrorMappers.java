package org.ccmportal.portal.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.PreferenceConflictException;
import org.ccmportal.preferences.api.PreferenceRuleException;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.DocumentNotFoundException;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.domain.model.template.RenderException;

/** Turns exceptions into {@link ApiError} responses; nothing internal leaks to the client. */
public final class ErrorMappers {
  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  /** A bad field. */
  @Provider
  public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
    @Override
    public Response toResponse(InvalidRequestException e) {
      return ApiError.response(Response.Status.BAD_REQUEST, e.field(), e.getMessage());
    }
  }

  /** The data record cannot be rendered by the template. */
  @Provider
  public static class RenderFailed implements ExceptionMapper<RenderException> {
    @Override
    public Response toResponse(RenderException e) {
      return ApiError.response(
          Response.Status.BAD_REQUEST,
          "data",
          "the document could not be rendered: " + e.getMessage());
    }
  }

  /** Not allowed for this role. */
  @Provider
  public static class Denied implements ExceptionMapper<AccessDeniedException> {
    @Override
    public Response toResponse(AccessDeniedException e) {
      return ApiError.response(Response.Status.FORBIDDEN, null, e.getMessage());
    }
  }

  /** Not found, or not yours: the same answer. */
  @Provider
  public static class DocumentNotFound implements ExceptionMapper<DocumentNotFoundException> {
    @Override
    public Response toResponse(DocumentNotFoundException e) {
      return ApiError.response(Response.Status.NOT_FOUND, null, e.getMessage());
    }
  }

  /** A rule of the preference center forbids the change. */
  @Provider
  public static class PreferenceRule implements ExceptionMapper<PreferenceRuleException> {
    @Override
    public Response toResponse(PreferenceRuleException e) {
      return ApiError.response(Response.Status.BAD_REQUEST, "enabled", e.getMessage());
    }
  }

  /** Someone else saved first. */
  @Provider
  public static class PreferenceConflict implements ExceptionMapper<PreferenceConflictException> {
    @Override
    public Response toResponse(PreferenceConflictException e) {
      return ApiError.response(
          Response.Status.CONFLICT,
          "version",
          "the preferences were changed elsewhere; reload them and try again");
    }
  }

  /** The body is not valid JSON or does not fit the expected shape. */
  @Provider
  public static class MalformedJson implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return ApiError.response(Response.Status.BAD_REQUEST, "body", malformedMessage(e));
    }
  }

  /** A body that is not JSON at all (JSON-P parser errors). */
  @Provider
  public static class JsonFailure implements ExceptionMapper<JsonException> {
    @Override
    public Response toResponse(JsonException e) {
      return ApiError.response(Response.Status.BAD_REQUEST, "body", malformedMessage(e));
    }
  }

  /** The same for JSON-B errors that are not wrapped. */
  @Provider
  public static class JsonbFailure implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return ApiError.response(Response.Status.BAD_REQUEST, "body", malformedMessage(e));
    }
  }

  /** An argument the domain refuses (bad enum value, bad id format). */
  @Provider
  public static class IllegalArgument implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
      return ApiError.response(Response.Status.BAD_REQUEST, null, e.getMessage());
    }
  }

  /** JAX-RS's own errors (404 of an unknown path, 405, 415...) keep their status. */
  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.Status status =
          Response.Status.fromStatusCode(e.getResponse().getStatus()) == null
              ? Response.Status.BAD_REQUEST
              : Response.Status.fromStatusCode(e.getResponse().getStatus());
      if (status == Response.Status.BAD_REQUEST && hasJsonCause(e)) {
        return ApiError.response(status, "body", malformedMessage(e));
      }
      String message =
          e instanceof NotFoundException ? "no such resource" : status.getReasonPhrase();
      return ApiError.response(status, null, message);
    }
  }

  /** Anything else: logged with its stack trace, answered with a plain 500. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      LOG.log(Level.SEVERE, "unexpected API error", e);
      return ApiError.response(
          Response.Status.INTERNAL_SERVER_ERROR, null, "an internal error occurred");
    }
  }

  static boolean hasJsonCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  static String malformedMessage(Throwable e) {
    return "the request body must be a JSON object of the documented shape";
  }
}
