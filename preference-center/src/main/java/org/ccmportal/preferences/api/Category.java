package org.ccmportal.preferences.api;

/** Categories of communication a customer can set preferences for. */
public enum Category {
  STATEMENTS(true),
  POLICY_DOCUMENTS(true),
  REGULATORY_NOTICES(true),
  PAYMENT_REMINDERS(false),
  SERVICE_ALERTS(false),
  MARKETING(false);

  private final boolean legallyRequired;

  Category(boolean legallyRequired) {
    this.legallyRequired = legallyRequired;
  }

  /** A legally required category always reaches the portal inbox, whatever the preferences. */
  public boolean legallyRequired() {
    return legallyRequired;
  }
}
