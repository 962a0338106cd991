package org.ccmportal.vault.api;

import java.util.List;
import java.util.Optional;

/**
 * Customer attributes (region, products) that audiences are picked by. The customer system keeps
 * them current as role {@code publisher} or {@code admin}; back-office staff read them.
 */
public interface CustomerProfileFacade {

  /** Creates or replaces the customer's profile (role publisher or admin). */
  CustomerProfileView put(Actor actor, String customerId, String region, List<String> products);

  /** The customer's profile, if there is one (back-office roles). */
  Optional<CustomerProfileView> find(Actor actor, String customerId);

  /** How many customers a segment has (back-office roles); 0 when none. */
  long segmentSize(Actor actor, String region, String product);
}
