package org.ccmportal.vault.application.templates;

import java.io.Serializable;
import org.ccmportal.vault.domain.model.template.diff.TextDiff;

/**
 * What a template version changes: its XSLT and sample data compared line by line with the version
 * it would replace (see {@link TemplateService#diff}). A first version has nothing to compare with:
 * {@code comparedWith} is null and every line counts as added.
 *
 * @param templateId the template
 * @param version the version shown
 * @param status its status
 * @param comparedWith the version it is compared with, null when there is none
 * @param comparedWithStatus that version's status, null when there is none
 * @param xslt the stylesheet's difference
 * @param sampleData the sample data's difference
 */
public record TemplateDiff(
    String templateId,
    int version,
    String status,
    Integer comparedWith,
    String comparedWithStatus,
    TextDiff xslt,
    TextDiff sampleData)
    implements Serializable {

  /** Whether there is an earlier version to compare with. */
  public boolean first() {
    return comparedWith == null;
  }
}
