package org.ccmportal.vault.api;

/** Publishing communications (billing systems, back office). */
public interface PublishingFacade {

  /**
   * Renders, stores and records one communication and queues its delivery and archiving. The actor
   * must hold role {@code publisher}. Nothing is stored when any field is bad or rendering fails.
   */
  PublishReceipt publish(Actor actor, PublishCommand command);
}
