package org.ccmportal.portal.interfaces.web.preferences;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.InvalidLinkException;
import org.ccmportal.preferences.api.LinkAlreadyUsedException;
import org.ccmportal.preferences.api.UnsubscribeLinks;

/**
 * One-click unsubscribe (RFC 8058). A POST to {@code /unsubscribe/<token>}, with no login,
 * withdraws the consent the token names at once (200). A GET only shows a confirmation button,
 * because mail scanners follow links: they must not unsubscribe anyone. A tampered token is a 400,
 * a used one a 410; neither changes anything.
 */
@WebServlet("/unsubscribe/*")
public class UnsubscribeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UnsubscribeServlet.class.getName());

  @Inject transient UnsubscribeLinks links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ResourceBundle t = LinkPage.texts();
    String token = token(request);
    if (token == null) {
      invalid(response, t);
      return;
    }
    LinkPage.write(
        response,
        HttpServletResponse.SC_OK,
        t.getString("unsubscribe.title"),
        t.getString("unsubscribe.confirm"),
        request.getContextPath() + "/unsubscribe/" + token,
        t.getString("unsubscribe.button"));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ResourceBundle t = LinkPage.texts();
    String token = token(request);
    if (token == null) {
      invalid(response, t);
      return;
    }
    try {
      ConsentPurpose purpose = links.unsubscribe(token);
      LinkPage.write(
          response,
          HttpServletResponse.SC_OK,
          t.getString("unsubscribe.title"),
          t.getString("unsubscribe.done." + purpose.name()),
          null,
          null);
    } catch (InvalidLinkException e) {
      LOG.info("unsubscribe refused: invalid token");
      invalid(response, t);
    } catch (LinkAlreadyUsedException e) {
      LOG.info("unsubscribe refused: token already used");
      LinkPage.write(
          response,
          HttpServletResponse.SC_GONE,
          t.getString("unsubscribe.title"),
          t.getString("unsubscribe.used"),
          null,
          null);
    }
  }

  private static void invalid(HttpServletResponse response, ResourceBundle t) throws IOException {
    LinkPage.write(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        t.getString("unsubscribe.title"),
        t.getString("unsubscribe.invalid"),
        null,
        null);
  }

  /** The token of the path, if it has the shape of one (URL-safe characters only). */
  private static String token(HttpServletRequest request) {
    String path = request.getPathInfo();
    if (path == null || path.length() < 2 || path.length() > 1024) {
      return null;
    }
    String token = path.substring(1);
    return token.matches("[A-Za-z0-9_.-]+") ? token : null;
  }
}
