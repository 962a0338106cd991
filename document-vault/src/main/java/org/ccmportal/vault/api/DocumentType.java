package org.ccmportal.vault.api;

import org.ccmportal.preferences.api.Category;

/** Kinds of document the vault keeps; each belongs to a preference category and a template. */
public enum DocumentType {
  STATEMENT(Category.STATEMENTS, "statement"),
  REGULATORY_NOTICE(Category.REGULATORY_NOTICES, "notice"),
  POLICY_DOCUMENT(Category.POLICY_DOCUMENTS, "policy"),
  PAYMENT_REMINDER(Category.PAYMENT_REMINDERS, "payment-reminder"),
  PRIVACY_NOTICE(Category.REGULATORY_NOTICES, "privacy-notice"),
  /** An offer: marketing, only with the customer's marketing consent and never under a hold. */
  MARKETING_OFFER(Category.MARKETING, "marketing-offer");

  private final Category category;
  private final String templateId;

  DocumentType(Category category, String templateId) {
    this.category = category;
    this.templateId = templateId;
  }

  public Category category() {
    return category;
  }

  public String templateId() {
    return templateId;
  }
}
