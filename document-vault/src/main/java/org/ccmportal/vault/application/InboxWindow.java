package org.ccmportal.vault.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.ccmportal.vault.api.InboxFilter;
import org.ccmportal.vault.domain.model.document.DocumentQuery;

/**
 * The inbox's display window: a customer sees the documents issued in the last {@code months}
 * months ({@code CCM_INBOX_WINDOW_MONTHS}, 24 by default). It is not retention: older documents are
 * kept until their retention ends, they are only not listed. Days are UTC calendar days.
 */
record InboxWindow(int months) {
  private static final Logger LOG = Logger.getLogger(InboxWindow.class.getName());
  static final int DEFAULT_MONTHS = 24;

  InboxWindow {
    if (months < 1) {
      throw new IllegalArgumentException("the inbox window must be at least one month");
    }
  }

  static InboxWindow fromEnvironment() {
    String value = System.getenv("CCM_INBOX_WINDOW_MONTHS");
    if (value == null || value.isBlank()) {
      return new InboxWindow(DEFAULT_MONTHS);
    }
    try {
      return new InboxWindow(Integer.parseInt(value.strip()));
    } catch (IllegalArgumentException e) {
      LOG.warning("CCM_INBOX_WINDOW_MONTHS is not a positive number; using " + DEFAULT_MONTHS);
      return new InboxWindow(DEFAULT_MONTHS);
    }
  }

  /** The first instant shown at {@code now}. */
  Instant start(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
  }

  /** The customer's query for this filter, bounded by the window. */
  DocumentQuery query(String customerId, InboxFilter filter, Instant now) {
    Instant from = start(now);
    if (filter.from() != null) {
      Instant requested = startOf(filter.from());
      if (requested.isAfter(from)) {
        from = requested;
      }
    }
    Instant before = filter.to() == null ? null : startOf(filter.to().plusDays(1));
    return new DocumentQuery(customerId, filter.type(), from, before, filter.read(), filter.q());
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
