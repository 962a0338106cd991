package org.ccmportal.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates, sizes and labels look in the inbox. */
@Named
@ApplicationScoped
public class InboxFormat {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 512) / 1024 + " KB";
    }
    return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** A vault bundle message with one argument, e.g. the accessible name of a button. */
  public String label(String key, String argument) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "vaultMsg").getString(key);
    return MessageFormat.format(pattern, argument);
  }
}
