package org.ccmportal.portal.interfaces.web.archive;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.MissingResourceException;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.ArchiveRecordNotFoundException;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.RequestNotFoundException;
import org.ccmportal.archive.api.RequestStateException;
import org.ccmportal.vault.api.Actor;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * What the archive pages share: the caller built from the logged-in user (never from the form), the
 * texts of bundle {@code archiveMsg}, and turning the archive's refusals into page messages.
 */
final class ArchivePages {
  private ArchivePages() {}

  static ArchiveCaller caller(Actor actor, String caseReference) {
    return new ArchiveCaller(actor.subject(), actor.roles(), caseReference);
  }

  /** Midnight UTC of the day, or null. */
  static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Midnight UTC after the day (an inclusive "to" date as an exclusive instant), or null. */
  static Instant endOf(LocalDate day) {
    return day == null ? null : startOf(day.plusDays(1));
  }

  static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "archiveMsg").getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
  }

  static void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  /**
   * A page message for a refusal of the archive: a bad field (named with its label), no access, a
   * request in the wrong state, or an unknown record or request. Other exceptions propagate.
   */
  static void refused(RuntimeException e) {
    String message;
    if (e instanceof InvalidArchiveRequestException invalid) {
      String detail = invalid.getMessage();
      String prefix = invalid.field() + ": ";
      if (detail.startsWith(prefix)) {
        detail = detail.substring(prefix.length());
      }
      message = text("archive.error.invalid", fieldLabel(invalid.field()), detail);
    } else if (e instanceof ArchiveAccessDeniedException) {
      message = text("archive.error.denied");
    } else if (e instanceof RequestStateException) {
      message = text("archive.error.state", e.getMessage());
    } else if (e instanceof RequestNotFoundException
        || e instanceof ArchiveRecordNotFoundException) {
      message = text("archive.error.notFound");
    } else {
      throw e;
    }
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
  }

  private static String fieldLabel(String field) {
    try {
      return text("archive.field." + field);
    } catch (MissingResourceException e) {
      return field;
    }
  }

  static StreamedContent download(byte[] bytes, String contentType, String fileName) {
    return DefaultStreamedContent.builder()
        .name(fileName)
        .contentType(contentType)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }
}
