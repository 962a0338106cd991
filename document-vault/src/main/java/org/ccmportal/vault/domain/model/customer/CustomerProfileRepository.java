package org.ccmportal.vault.domain.model.customer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Customer profiles and the segments over them. */
public interface CustomerProfileRepository {

  /** Creates or replaces the customer's profile (its products as given, the old ones removed). */
  void put(CustomerProfile profile, String by, Instant now);

  Optional<CustomerProfile> find(String customerId);

  /** The customers in the segment, by id, at most {@code limit}. */
  List<String> members(Segment segment, int limit);

  /** How many customers are in the segment. */
  long count(Segment segment);
}
