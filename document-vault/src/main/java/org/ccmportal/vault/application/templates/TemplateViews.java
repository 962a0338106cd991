package org.ccmportal.vault.application.templates;

import java.time.Instant;
import java.util.List;
import org.ccmportal.vault.domain.model.template.TemplateDecision;
import org.ccmportal.vault.domain.model.template.TemplateVersion;

/** What the template use cases return to the interfaces (never entities). */
public final class TemplateViews {
  private TemplateViews() {}

  /** A template with its version in force and its newest version. */
  public record Summary(
      String templateId, Integer approvedVersion, int latestVersion, String latestStatus) {}

  /** A reviewer's decision. */
  public record Decision(String reviewer, String outcome, String comment, Instant decidedAt) {
    static Decision of(TemplateDecision d) {
      return new Decision(d.reviewer(), d.outcome().name(), d.comment(), d.decidedAt());
    }
  }

  /** One version; {@code xslt} and {@code sampleData} only when asked for in detail. */
  public record Version(
      String templateId,
      int version,
      String status,
      String author,
      Instant createdAt,
      Instant updatedAt,
      String xslt,
      String sampleData,
      List<Decision> decisions) {

    static Version of(TemplateVersion v, List<TemplateDecision> decisions, boolean detail) {
      return new Version(
          v.templateId(),
          v.version(),
          v.status().name(),
          v.author(),
          v.createdAt(),
          v.updatedAt(),
          detail ? v.xslt() : null,
          detail ? v.sampleData() : null,
          decisions.stream().map(Decision::of).toList());
    }
  }
}
