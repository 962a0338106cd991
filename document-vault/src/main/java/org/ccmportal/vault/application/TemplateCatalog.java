package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.domain.model.template.TemplateSource;
import org.ccmportal.vault.domain.model.template.TemplateVersion;
import org.ccmportal.vault.domain.model.template.TemplateVersionRepository;

/**
 * The template version in force for each document type: the APPROVED version of the type's template
 * in the database. Only an approved version is ever used to publish.
 */
@ApplicationScoped
public class TemplateCatalog {

  @Inject TemplateVersionRepository versions;

  /**
   * The approved version of the type's template.
   *
   * @throws IllegalStateException when the template has no approved version (the built-in ones are
   *     seeded at start, so this means a broken installation)
   */
  @Transactional
  public TemplateSource current(DocumentType type) {
    return versions
        .approved(type.templateId())
        .map(TemplateVersion::source)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "template " + type.templateId() + " has no approved version"));
  }
}
