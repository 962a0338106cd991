package org.ccmportal.portal.interfaces.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one protected URL of the web pages and the only redirect URI registered at Keycloak: the OIDC
 * mechanism sends the browser through the login page and back here; then the user goes to the page
 * they asked for (kept in the session by {@link PageAccessFilter}) or their home page.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {
  static final String TARGET = "ccm.loginTarget";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object target = request.getSession().getAttribute(TARGET);
    request.getSession().removeAttribute(TARGET);
    String next =
        target instanceof String t && t.startsWith("/") && !t.startsWith("//") ? t : home(request);
    response.sendRedirect(request.getContextPath() + next);
  }

  static String home(HttpServletRequest request) {
    if (request.isUserInRole("customer")) {
      return "/inbox.xhtml";
    }
    if (request.isUserInRole("publisher")
        || request.isUserInRole("approver")
        || request.isUserInRole("admin")) {
      return "/backoffice/index.xhtml";
    }
    if (request.isUserInRole("service")) {
      return "/service/customer.xhtml";
    }
    return request.isUserInRole("regulator") ? "/archive/index.xhtml" : "/index.xhtml";
  }
}
