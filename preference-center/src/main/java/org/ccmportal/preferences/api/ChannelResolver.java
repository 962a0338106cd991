package org.ccmportal.preferences.api;

import java.time.Instant;
import java.util.List;

/** Decides which channels a communication uses for a customer. */
public interface ChannelResolver {

  /**
   * The ordered channels to use for this customer, category and time, each with its reason. A
   * legally required category always includes {@link Channel#PORTAL}; unverified contact points are
   * never used.
   */
  List<ChannelDecision> resolve(String customerId, Category category, Instant at);
}
