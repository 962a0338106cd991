package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.domain.model.template.TemplateSource;
import org.ccmportal.vault.infrastructure.fop.BuiltInTemplates;

/** The template version in force for each document type (built-in set for now). */
@ApplicationScoped
public class TemplateCatalog {

  public TemplateSource current(DocumentType type) {
    return switch (type) {
      case STATEMENT -> BuiltInTemplates.statement();
      case REGULATORY_NOTICE -> BuiltInTemplates.notice();
    };
  }
}
