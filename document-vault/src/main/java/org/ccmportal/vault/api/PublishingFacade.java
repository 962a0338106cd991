package org.ccmportal.vault.api;

import java.util.List;

/** Publishing communications (billing systems, back office). */
public interface PublishingFacade {

  /**
   * Renders, stores and records one communication and queues its delivery and archiving. The actor
   * must hold role {@code publisher}. Nothing is stored when any field is bad or rendering fails.
   */
  PublishReceipt publish(Actor actor, PublishCommand command);

  /**
   * Publishes several communications, as a bulk run's chunk does: they are rendered and stored in
   * parallel ({@code CCM_RENDER_THREADS}, default the number of processors) and then recorded one
   * after the other in the caller's transaction, so they commit or roll back together. Returns one
   * outcome per command, in order; a refused command never stops the others. A second command with
   * an external reference already in the list gets the first one's receipt.
   */
  List<PublishOutcome> publishAll(Actor actor, List<PublishCommand> commands);
}
