package org.ccmportal.preferences.api;

/** Reading and changing a customer's channel preferences. */
public interface PreferenceService {

  /** The customer's current matrix; defaults when the customer never chose anything. */
  PreferenceMatrix current(String customerId);

  /**
   * Sets one cell. Throws {@link PreferenceRuleException} when a rule forbids the change (e.g.
   * switching off the portal for a legally required category) and {@link
   * PreferenceConflictException} when {@code expectedVersion} is not the current version.
   */
  PreferenceMatrix change(
      String customerId, long expectedVersion, Category category, Channel channel, boolean on);
}
