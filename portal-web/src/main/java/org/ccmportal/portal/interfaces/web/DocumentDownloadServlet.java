package org.ccmportal.portal.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.ccmportal.portal.interfaces.security.CurrentActor;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.DocumentContent;
import org.ccmportal.vault.api.DocumentNotFoundException;
import org.ccmportal.vault.api.InboxFacade;

/**
 * A document for the logged-in customer's browser: {@code /documents/{id}} downloads it, {@code
 * /documents/{id}?view} shows it in the page's viewer. Someone else's document is a 404.
 */
@WebServlet("/documents/*")
public class DocumentDownloadServlet extends HttpServlet {

  @Inject InboxFacade inbox;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    UUID id;
    try {
      id = UUID.fromString(path == null ? "" : path.substring(1));
    } catch (IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean view = request.getParameter("view") != null;
    DocumentContent content;
    try {
      content = inbox.open(CurrentActor.of(request), id, !view);
    } catch (DocumentNotFoundException | AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", Downloads.contentDisposition(content.fileName(), !view));
    response.setHeader("Cache-Control", "no-store");
    // the browser's PDF viewer is a plugin: allow it for this response only, and nothing else
    response.setHeader("Content-Security-Policy", Downloads.PDF_CSP);
    response.setContentLength(content.bytes().length);
    response.getOutputStream().write(content.bytes());
  }
}
