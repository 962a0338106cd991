package org.ccmportal.preferences.domain.model;

import java.util.Optional;
import org.ccmportal.preferences.api.PreferenceConflictException;

/** Stored preference sets, one per customer who ever changed a preference. */
public interface PreferenceSetRepository {

  /** The customer's set with its cells, or empty when the customer never chose anything. */
  Optional<PreferenceSet> find(CustomerId customerId);

  /**
   * Stores a new set and writes it now, so that its version is the initial one.
   *
   * @throws PreferenceConflictException when a set for that customer was created concurrently
   */
  PreferenceSet add(PreferenceSet set);

  /**
   * Writes the changes of a set now, incrementing its version.
   *
   * @throws PreferenceConflictException when another transaction changed the set since it was read
   */
  void save(PreferenceSet set);
}
