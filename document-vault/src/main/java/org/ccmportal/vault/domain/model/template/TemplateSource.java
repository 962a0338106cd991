package org.ccmportal.vault.domain.model.template;

import java.util.Objects;

/**
 * The XSLT of one template version. Compiled stylesheets are cached per id and version, so a
 * version's text must never change once it is used.
 *
 * @param templateId stable template id, e.g. {@code statement}
 * @param version version number, starting at 1
 * @param xslt XSLT 1.0 stylesheet text producing XSL-FO
 */
public record TemplateSource(String templateId, int version, String xslt) {
  public TemplateSource {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(xslt, "xslt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
  }
}
