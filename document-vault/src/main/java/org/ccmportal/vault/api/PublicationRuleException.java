package org.ccmportal.vault.api;

/**
 * A well-formed request that a publishing rule refuses (e.g. a template version that is not
 * approved): says which field and why.
 */
public class PublicationRuleException extends RuntimeException {
  private final String field;

  public PublicationRuleException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
