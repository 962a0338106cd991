package org.ccmportal.portal.interfaces.web.preferences;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ResourceBundle;

/** A small, self-contained HTML page answering a link (texts from the preferences bundle). */
final class LinkPage {
  private LinkPage() {}

  static ResourceBundle texts() {
    return ResourceBundle.getBundle("org.ccmportal.portal.preferences");
  }

  /**
   * Writes the page.
   *
   * @param formAction when not null, a form posting to it with a button labelled {@code button}
   */
  static void write(
      HttpServletResponse response,
      int status,
      String title,
      String text,
      String formAction,
      String button)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    PrintWriter out = response.getWriter();
    out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<meta name=\"robots\" content=\"noindex\">");
    out.println("<title>" + escape(title) + "</title>");
    out.println("<link rel=\"stylesheet\" href=\"/resources/css/portal.css\"></head>");
    out.println("<body><main id=\"content\" class=\"link-page\">");
    out.println("<h1>" + escape(title) + "</h1>");
    out.println("<p id=\"link-message\">" + escape(text) + "</p>");
    if (formAction != null) {
      out.println(
          "<form method=\"post\" action=\""
              + escape(formAction)
              + "\">"
              + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
              + "<button type=\"submit\" id=\"confirm-unsubscribe\">"
              + escape(button)
              + "</button></form>");
    }
    out.println("</main></body></html>");
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
