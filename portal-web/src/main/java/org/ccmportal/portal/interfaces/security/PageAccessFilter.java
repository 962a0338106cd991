package org.ccmportal.portal.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.portal.interfaces.rest.templates.DeniedAccessAudit;
import org.ccmportal.vault.api.Actor;

/**
 * Pages that need a logged-in user with a given role. An anonymous visitor is sent to {@code
 * /login} (remembering where they wanted to go); a user without the role gets 403. Keeping the OIDC
 * constraint on {@code /login} alone lets Keycloak hold one exact redirect URI.
 *
 * <p>A refused page is an audit event like a refused API call ({@link DeniedAccessAudit}): one log
 * line and an {@code ACCESS_DENIED} record in the archive (who, role, method, path, and the page as
 * the operation). An anonymous visitor is not refused but sent to log in, so is not audited. The
 * refusal stands even if the archive cannot take the record.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/documents/*"})
public class PageAccessFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PageAccessFilter.class.getName());
  private static final Map<String, Set<String>> ROLES_BY_PAGE =
      Map.of(
          "/inbox.xhtml", Set.of("customer"),
          "/preferences.xhtml", Set.of("customer"),
          "/documents/", Set.of("customer"),
          "/backoffice/", Set.of("publisher", "approver", "admin"),
          "/archive/", Set.of("regulator", "approver"),
          "/admin/", Set.of("admin"),
          "/service/", Set.of("service", "admin"));

  @Inject transient ArchiveService archive;

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
      audit(CurrentActor.of(request), request.getMethod(), path);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  private void audit(Actor actor, String method, String path) {
    String role = DeniedAccessAudit.roles(actor);
    String page = DeniedAccessAudit.truncate(path);
    LOG.info(
        () ->
            "page access denied: "
                + actor.subject()
                + " (role "
                + role
                + ") "
                + method
                + " "
                + page);
    try {
      archive.append(DeniedAccessAudit.entry(actor.subject(), role, method, page, page));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "denied access to page " + page + " could not be archived", e);
    }
  }

  /** The audit trail's format, as {@link DeniedAccessAudit} writes it for the API. */
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
