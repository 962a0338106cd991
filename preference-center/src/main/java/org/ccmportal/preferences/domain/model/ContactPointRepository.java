package org.ccmportal.preferences.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored contact points. Removed contact points stay stored for their history, but no lookup here
 * returns them except {@link #findById}: they are never used, shown or matched again.
 */
public interface ContactPointRepository {

  /**
   * The most recently verified contact point of that kind, verified at or before {@code at}, not
   * bounced since (a bounced one is unusable until verified again) and not removed.
   */
  Optional<ContactPoint> newestVerified(CustomerId customerId, ContactKind kind, Instant at);

  /** Whether the customer has a contact point of that kind that is verified but bounced. */
  boolean anyBounced(CustomerId customerId, ContactKind kind);

  /** Every customer's verified contact points of that kind with that lookup hash. */
  List<ContactPoint> verifiedByHash(ContactKind kind, String valueHash);

  /** Appends a bounce record. */
  void addBounce(ContactPointBounce bounce);

  /** The customer's contact point of that kind whose lookup hash is {@code valueHash}. */
  Optional<ContactPoint> findByHash(CustomerId customerId, ContactKind kind, String valueHash);

  /** The contact point with that id, whoever it belongs to, removed or not. */
  Optional<ContactPoint> findById(long id);

  /**
   * As {@link #findById}, locked until the end of the transaction, so that two removals of the same
   * contact point cannot both succeed.
   */
  Optional<ContactPoint> findByIdForUpdate(long id);

  /** Appends the record of a removal. */
  void addRemoval(ContactPointRemoval removal);

  /** The customer's contact points that were not removed, oldest first. */
  List<ContactPoint> of(CustomerId customerId);

  void add(ContactPoint contactPoint);
}
