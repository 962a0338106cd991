package org.ccmportal.preferences.api;

/** How a consent or preference change was made. */
public enum ChangeMethod {
  /** By the customer on the portal's pages. */
  PORTAL,
  /** By the customer through the API. */
  API,
  /** By the one-click unsubscribe link of a marketing email, without login. */
  UNSUBSCRIBE_LINK,
  /** By staff on the customer's behalf, with a reason. */
  STAFF_ON_BEHALF
}
