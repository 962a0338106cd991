package org.ccmportal.portal.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The API accepts bearer tokens only: a call without a valid token gets 401 (not a redirect to a
 * login page), and a browser session cookie alone is not enough, which also rules out cross-site
 * request forgery against the API.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

  @Context HttpServletRequest request;

  /**
   * What anyone may read without a token: the archive's public key, so that a regulator can verify
   * an export package without trusting our server for anything else.
   */
  static final java.util.Set<String> PUBLIC_GET_PATHS = java.util.Set.of("v1/archive/public-key");

  /**
   * Calls that prove who sends them by other means than a token: the SMS gateway signs its delivery
   * receipts (the resource checks the signature).
   */
  static final java.util.Set<String> SIGNED_POST_PATHS =
      java.util.Set.of("v1/delivery/sms-receipts");

  @Override
  public void filter(ContainerRequestContext context) {
    String path = context.getUriInfo().getPath().replaceFirst("^/", "");
    if ("GET".equals(context.getMethod()) && PUBLIC_GET_PATHS.contains(path)
        || "POST".equals(context.getMethod()) && SIGNED_POST_PATHS.contains(path)) {
      return;
    }
    String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
    boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    if (!bearer || request.getUserPrincipal() == null) {
      Response response =
          ApiError.response(
              Response.Status.UNAUTHORIZED,
              null,
              bearer ? "the bearer token is not valid" : "a bearer token is required");
      context.abortWith(
          Response.fromResponse(response)
              .header(
                  HttpHeaders.WWW_AUTHENTICATE,
                  bearer ? "Bearer realm=\"ccm\", error=\"invalid_token\"" : "Bearer realm=\"ccm\"")
              .build());
    }
  }
}
