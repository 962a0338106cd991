package org.ccmportal.vault.api;

import java.util.UUID;

/**
 * A customer's communication history for service staff (role {@code service} or {@code admin}):
 * what was sent, when, by which channel, and the document itself. Every opening of a customer's
 * document by staff is archived as an audit event.
 */
public interface CommunicationHistoryFacade {

  /** The customer's documents, newest first, with their delivery events. */
  CommunicationHistory history(Actor actor, String customerId, int offset, int limit);

  /**
   * One of the customer's documents, its bytes checked against their SHA-256.
   *
   * @throws DocumentNotFoundException when it is not that customer's document
   */
  DocumentContent document(Actor actor, String customerId, UUID documentId);
}
