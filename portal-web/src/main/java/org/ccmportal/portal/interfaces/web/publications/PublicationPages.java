package org.ccmportal.portal.interfaces.web.publications;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/** Texts, messages and dates of the publication pages (times are shown in UTC). */
final class PublicationPages {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private PublicationPages() {}

  static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "vaultMsg");
    return MessageFormat.format(bundle.getString(key), args);
  }

  static void info(String key, Object... args) {
    message(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  /** An error next to the field (client id), or for the page when null. */
  static void error(String clientId, String message) {
    message(clientId, FacesMessage.SEVERITY_ERROR, message);
  }

  private static void message(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  static String format(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }
}
