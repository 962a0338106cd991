package org.ccmportal.portal.interfaces.web.preferences;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.api.InvalidLinkException;

/**
 * {@code /verify-email?token=...}: the link sent to a new email address. A valid link marks the
 * address verified (from then on it may be used); a tampered or expired one changes nothing and
 * says so.
 */
@WebServlet("/verify-email")
public class VerifyEmailServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient ContactPoints contactPoints;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ResourceBundle t = LinkPage.texts();
    String token = request.getParameter("token");
    try {
      if (token == null || token.isBlank()) {
        throw new InvalidLinkException("no token");
      }
      contactPoints.verify(token);
      LinkPage.write(
          response,
          HttpServletResponse.SC_OK,
          t.getString("verify.title"),
          t.getString("verify.done"),
          null,
          null);
    } catch (InvalidLinkException e) {
      LinkPage.write(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          t.getString("verify.title"),
          t.getString("verify.invalid"),
          null,
          null);
    }
  }
}
