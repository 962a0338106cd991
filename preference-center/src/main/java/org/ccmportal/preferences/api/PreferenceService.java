package org.ccmportal.preferences.api;

/** Reading and changing a customer's channel preferences. */
public interface PreferenceService {

  /** The customer's current matrix; defaults when the customer never chose anything. */
  PreferenceMatrix current(String customerId);

  /**
   * Sets one cell, as the customer through the API. Throws {@link PreferenceRuleException} when a
   * rule forbids the change (e.g. switching off the portal for a legally required category, or
   * marketing by email without consent) and {@link PreferenceConflictException} when {@code
   * expectedVersion} is not the current version.
   */
  default PreferenceMatrix change(
      String customerId, long expectedVersion, Category category, Channel channel, boolean on) {
    return change(
        customerId,
        expectedVersion,
        category,
        channel,
        on,
        ChangedBy.customer(ChangeMethod.API, customerId));
  }

  /** Sets one cell and records who changed it and how (staff on behalf: with the reason). */
  PreferenceMatrix change(
      String customerId,
      long expectedVersion,
      Category category,
      Channel channel,
      boolean on,
      ChangedBy by);
}
