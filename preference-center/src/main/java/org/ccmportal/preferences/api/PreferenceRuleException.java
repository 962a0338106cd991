package org.ccmportal.preferences.api;

/** A preference change that a rule forbids; the message key says which rule. */
public class PreferenceRuleException extends RuntimeException {
  private final String messageKey;

  public PreferenceRuleException(String messageKey, String message) {
    super(message);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
