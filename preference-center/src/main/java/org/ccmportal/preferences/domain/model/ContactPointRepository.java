package org.ccmportal.preferences.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored contact points. */
public interface ContactPointRepository {

  /**
   * The most recently verified contact point of that kind, verified at or before {@code at} and not
   * bounced since (a bounced one is unusable until verified again).
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

  /** The contact point with that id, whoever it belongs to. */
  Optional<ContactPoint> findById(long id);

  /** All contact points of the customer, oldest first. */
  List<ContactPoint> of(CustomerId customerId);

  void add(ContactPoint contactPoint);
}
