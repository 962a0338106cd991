package org.ccmportal.portal.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Pages that need a logged-in user with a given role. An anonymous visitor is sent to {@code
 * /login} (remembering where they wanted to go); a user without the role gets 403. Keeping the OIDC
 * constraint on {@code /login} alone lets Keycloak hold one exact redirect URI.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/documents/*"})
public class PageAccessFilter extends HttpFilter {
  private static final Map<String, Set<String>> ROLES_BY_PAGE =
      Map.of(
          "/inbox.xhtml", Set.of("customer"),
          "/preferences.xhtml", Set.of("customer"),
          "/documents/", Set.of("customer"),
          "/backoffice/", Set.of("publisher", "approver", "admin"),
          "/archive/", Set.of("regulator", "approver"),
          "/admin/", Set.of("admin"));

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Set<String> roles = rolesFor(path);
    if (roles == null) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getUserPrincipal() == null) {
      if ("GET".equals(request.getMethod()) && path.endsWith(".xhtml")) {
        request.getSession().setAttribute(LoginServlet.TARGET, path);
      }
      response.sendRedirect(request.getContextPath() + "/login");
      return;
    }
    if (roles.stream().noneMatch(request::isUserInRole)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  static Set<String> rolesFor(String path) {
    for (var entry : ROLES_BY_PAGE.entrySet()) {
      String key = entry.getKey();
      if (key.endsWith("/") ? path.startsWith(key) : path.equals(key)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
