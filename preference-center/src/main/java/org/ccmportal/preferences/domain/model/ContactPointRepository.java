package org.ccmportal.preferences.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored contact points. */
public interface ContactPointRepository {

  /** The most recently verified contact point of that kind, verified at or before {@code at}. */
  Optional<ContactPoint> newestVerified(CustomerId customerId, ContactKind kind, Instant at);

  /** The customer's contact point of that kind whose lookup hash is {@code valueHash}. */
  Optional<ContactPoint> findByHash(CustomerId customerId, ContactKind kind, String valueHash);

  /** The contact point with that id, whoever it belongs to. */
  Optional<ContactPoint> findById(long id);

  /** All contact points of the customer, oldest first. */
  List<ContactPoint> of(CustomerId customerId);

  void add(ContactPoint contactPoint);
}
