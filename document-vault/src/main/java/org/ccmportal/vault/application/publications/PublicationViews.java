package org.ccmportal.vault.application.publications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.vault.api.BulkRunFacade;
import org.ccmportal.vault.api.PublicationSummary;
import org.ccmportal.vault.api.PublicationView;
import org.ccmportal.vault.domain.model.publication.Publication;
import org.ccmportal.vault.domain.model.publication.PublicationRepository;
import org.ccmportal.vault.domain.model.publication.PublicationState;
import org.ccmportal.vault.domain.model.template.TemplateStatus;
import org.ccmportal.vault.domain.model.template.TemplateVersion;
import org.ccmportal.vault.domain.model.template.TemplateVersionRepository;

/**
 * Publications as the API shows them: documents and delivery events are counted from the vault's
 * tables (a recipient's document is found by its external reference), refused records come from the
 * bulk run.
 */
@ApplicationScoped
class PublicationViews {
  private static final Logger LOG = Logger.getLogger(PublicationViews.class.getName());

  @Inject PublicationRepository publications;
  @Inject TemplateVersionRepository templates;
  @Inject BulkRunFacade bulkRuns;

  PublicationView view(Publication p) {
    long id = p.id();
    return new PublicationView(
        id,
        p.title(),
        p.documentType().name(),
        p.documentType().category().name(),
        p.templateId(),
        p.templateVersion(),
        p.state().name(),
        p.scheduledAt(),
        p.createdBy(),
        p.createdAt(),
        p.decidedBy(),
        p.decidedAt(),
        p.rejectionReason(),
        waitingFor(p),
        p.startFailure(),
        p.startFailedAt(),
        p.startFailures(),
        p.startedAt(),
        p.completedAt(),
        p.bulkRunId(),
        p.audienceSegment(),
        new PublicationView.Counts(
            p.recipientCount(),
            publications.skipped(id),
            publications.documents(id),
            failed(p),
            publications.deliveries(id)));
  }

  static PublicationSummary summary(Publication p) {
    return new PublicationSummary(
        p.id(),
        p.title(),
        p.documentType().name(),
        p.templateId(),
        p.templateVersion(),
        p.state().name(),
        p.scheduledAt(),
        p.createdBy(),
        p.createdAt(),
        p.recipientCount());
  }

  /** Why an approved publication has not started yet, or null. */
  String waitingFor(Publication p) {
    if (p.state() != PublicationState.APPROVED) {
      return null;
    }
    if (!inForce(p)) {
      return waitingForTemplate(p);
    }
    if (p.startFailure() != null) {
      return "a new attempt to start it: "
          + (p.startFailures() == 1
              ? "1 attempt has"
              : p.startFailures() + " attempts in a row have")
          + " failed, the last at "
          + p.startFailedAt()
          + ": "
          + p.startFailure();
    }
    return p.scheduledAt() == null ? "starting" : "scheduled for " + p.scheduledAt();
  }

  String waitingForTemplate(Publication p) {
    return "template "
        + p.templateId()
        + " version "
        + p.templateVersion()
        + " is no longer the approved version; reject this publication and create a new one";
  }

  /** Whether the publication's template version is still the one documents are rendered with. */
  boolean inForce(Publication p) {
    return templates
        .find(p.templateId(), p.templateVersion())
        .map(TemplateVersion::status)
        .filter(TemplateStatus.APPROVED::equals)
        .isPresent();
  }

  private long failed(Publication p) {
    if (p.bulkRunId() == null) {
      return 0;
    }
    try {
      return bulkRuns.find(PublicationRoles.runner(p.id()), p.bulkRunId()).failed();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "bulk run of publication " + p.id() + " could not be read", e);
      return 0;
    }
  }
}
