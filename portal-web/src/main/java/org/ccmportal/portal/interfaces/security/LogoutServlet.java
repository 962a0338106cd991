package org.ccmportal.portal.interfaces.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Ends the portal session and the Keycloak session (RP-initiated logout), then comes back to the
 * portal's home page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String idToken = null;
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null) {
      idToken = oidc.getOidcSecurityContext().getIDTokenString();
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String url =
        Settings.oidcPublicUrl()
            + "/protocol/openid-connect/logout?client_id="
            + enc(Settings.oidcClientId())
            + "&post_logout_redirect_uri="
            + enc(Settings.portalUrl() + "/");
    if (idToken != null) {
      url += "&id_token_hint=" + enc(idToken);
    }
    response.sendRedirect(url);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
