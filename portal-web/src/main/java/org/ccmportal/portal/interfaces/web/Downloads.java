package org.ccmportal.portal.interfaces.web;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Headers of a PDF download: RFC 6266 file name, no sniffing, never cached. */
public final class Downloads {
  /** The content security policy of a PDF response: it may be shown by the viewer, in our pages. */
  public static final String PDF_CSP =
      "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

  private Downloads() {}

  /** The Content-Disposition value for this file name (ASCII fallback plus RFC 5987 form). */
  public static String contentDisposition(String fileName, boolean attachment) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return (attachment ? "attachment" : "inline")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + encoded;
  }

  public static Response.ResponseBuilder pdf(
      Response.ResponseBuilder builder, String fileName, boolean attachment) {
    return builder
        .type("application/pdf")
        .header("Content-Disposition", contentDisposition(fileName, attachment))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", PDF_CSP);
  }
}
