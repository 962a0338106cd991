package org.ccmportal.preferences.domain.model;

import java.time.Instant;
import java.util.Optional;

/** Stored contact points. */
public interface ContactPointRepository {

  /** The most recently verified contact point of that kind, verified at or before {@code at}. */
  Optional<ContactPoint> newestVerified(CustomerId customerId, ContactKind kind, Instant at);

  /** The customer's contact point of that kind with exactly that value, verified or not. */
  Optional<ContactPoint> find(CustomerId customerId, ContactKind kind, String value);

  void add(ContactPoint contactPoint);
}
