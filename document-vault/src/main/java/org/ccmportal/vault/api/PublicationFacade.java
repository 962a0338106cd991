package org.ccmportal.vault.api;

import java.util.List;

/**
 * Publications: one approved template version sent to an audience of customers, under
 * maker-checker. A publisher creates and submits it; an approver who is not its creator approves
 * (it then runs now or at its scheduled time) or rejects it with a reason. Running it makes one
 * document per recipient through the bulk job; a marketing publication skips customers without
 * marketing consent or with a marketing hold. Back-office roles (publisher, approver, admin) see
 * every publication; anybody else is refused.
 */
public interface PublicationFacade {

  /** A new DRAFT (role publisher). */
  PublicationView create(Actor actor, PublicationRequest request);

  /** DRAFT to SUBMITTED (its creator). */
  PublicationView submit(Actor actor, long id);

  /** SUBMITTED to APPROVED (an approver who is not the creator); starts it when it is due. */
  PublicationView approve(Actor actor, long id);

  /** SUBMITTED to REJECTED with the reason (an approver who is not the creator). */
  PublicationView reject(Actor actor, long id, String reason);

  PublicationView find(Actor actor, long id);

  /** Newest first; {@code state} null for all. */
  List<PublicationSummary> list(Actor actor, String state);

  /** A PDF marked PREVIEW of what one recipient would get; nothing is stored. */
  byte[] preview(Actor actor, long id, String customerId);
}
