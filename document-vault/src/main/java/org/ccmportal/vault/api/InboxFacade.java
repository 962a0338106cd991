package org.ccmportal.vault.api;

import java.util.UUID;

/** A customer's secure inbox: only ever the authenticated customer's own documents. */
public interface InboxFacade {

  /** The actor's documents, newest first. */
  DocumentPage list(Actor actor, int offset, int limit);

  /** The actor's document and its verified bytes; marks it read. */
  DocumentContent open(Actor actor, UUID documentId);

  /** Number of unread documents of the actor. */
  long unreadCount(Actor actor);
}
