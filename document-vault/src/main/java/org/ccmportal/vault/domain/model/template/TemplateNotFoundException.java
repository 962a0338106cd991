package org.ccmportal.vault.domain.model.template;

/** No such template or template version. */
public class TemplateNotFoundException extends RuntimeException {
  public TemplateNotFoundException(String message) {
    super(message);
  }
}
