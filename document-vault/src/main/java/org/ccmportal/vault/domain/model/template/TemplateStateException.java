package org.ccmportal.vault.domain.model.template;

/** The step is not allowed in the version's current status (e.g. approving a draft). */
public class TemplateStateException extends RuntimeException {
  public TemplateStateException(String message) {
    super(message);
  }
}
