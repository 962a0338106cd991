package org.ccmportal.vault.api;

import java.util.UUID;

/**
 * A customer's secure inbox: only ever the authenticated customer's own documents. The inbox lists
 * the documents of a display window (the last {@code CCM_INBOX_WINDOW_MONTHS} months, 24 by
 * default); that window is not retention: older documents are still kept, just not listed.
 */
public interface InboxFacade {

  /** The actor's documents in the display window that match the filter, newest first. */
  DocumentPage list(Actor actor, InboxFilter filter, int offset, int limit);

  /** The actor's documents in the display window, newest first. */
  default DocumentPage list(Actor actor, int offset, int limit) {
    return list(actor, InboxFilter.none(), offset, limit);
  }

  /**
   * The actor's document and its verified bytes; marks it read. Bytes that do not match their
   * recorded SHA-256 are never returned: the failure is archived as an audit event.
   */
  DocumentContent open(Actor actor, UUID documentId);

  /**
   * As {@link #open(Actor, UUID)}, tracked as a download ({@code DOWNLOADED}) or as viewed in the
   * page ({@code VIEWED}).
   */
  DocumentContent open(Actor actor, UUID documentId, boolean download);

  /** Marks the actor's document read or unread; someone else's document is "not found". */
  void markRead(Actor actor, UUID documentId, boolean read);

  /** Number of unread documents of the actor in the display window. */
  long unreadCount(Actor actor);
}
