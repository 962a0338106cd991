package org.ccmportal.vault.domain.model.template;

import jakarta.json.JsonObject;

/**
 * Turns a data record and a template version into an accessible, archivable PDF (PDF/A-2b and
 * PDF/UA-1). A template or data can never read a file, reach the network or expand an entity.
 */
public interface DocumentRenderer {

  /**
   * Renders one document.
   *
   * @param template the template version
   * @param data the data record (a JSON object; converted to XML for the stylesheet)
   * @param preview true to mark every page PREVIEW
   * @return the PDF bytes, complete; nothing is returned or written when rendering fails
   * @throws RenderException with a reason a person can act on when the data or template is bad
   */
  byte[] render(TemplateSource template, JsonObject data, boolean preview);
}
