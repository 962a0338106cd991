package org.ccmportal.portal.interfaces.web.templates;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.application.templates.TemplateDiff;
import org.ccmportal.vault.application.templates.TemplateService;
import org.ccmportal.vault.application.templates.TemplateViews;
import org.ccmportal.vault.domain.model.template.RenderException;
import org.ccmportal.vault.domain.model.template.TemplateNotFoundException;
import org.ccmportal.vault.domain.model.template.TemplateStateException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The templates page: publishers draft, edit and submit versions; everyone in the back office
 * previews any version and sees what it changes. The rules are the application's: this page only
 * offers the steps that apply. Opening a template shows the changes of the newest version the
 * approver may review, and any version's changes are one click away; the decision on a version in
 * review is taken beside its changes ({@link ReviewTemplateVersion}), never without seeing them.
 */
@Named
@ViewScoped
public class ManageTemplates implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient TemplateService templates;
  @Inject transient Actor actor;

  private List<TemplateViews.Summary> summaries;
  private String selected;
  private List<TemplateViews.Version> versions;
  private Integer editing;
  private String xslt;
  private String sampleData;
  private TemplateDiff diff;

  public List<TemplateViews.Summary> getTemplates() {
    if (summaries == null) {
      summaries = templates.templates(actor);
    }
    return summaries;
  }

  public void select(String templateId) {
    selected = templateId;
    editing = null;
    versions = templates.versions(actor, templateId);
    diff =
        versions.stream()
            .filter(this::canReview)
            .findFirst()
            .map(v -> templates.diff(actor, v.templateId(), v.version()))
            .orElse(null);
  }

  /** Shows what a version changes compared with the version it would replace. */
  public void showChanges(TemplateViews.Version v) {
    diff = templates.diff(actor, v.templateId(), v.version());
  }

  public void hideChanges() {
    diff = null;
  }

  /** The version whose changes are shown, as the version list has it; null when none is shown. */
  public TemplateViews.Version getShown() {
    if (diff == null || versions == null) {
      return null;
    }
    return versions.stream()
        .filter(v -> v.templateId().equals(diff.templateId()) && v.version() == diff.version())
        .findFirst()
        .orElse(null);
  }

  /**
   * Reads the template list, the versions and the shown version's changes again, after a decision
   * on it or after a decision refused because its state changed meanwhile.
   */
  void reloadShown() {
    summaries = null;
    versions = templates.versions(actor, selected);
    if (diff != null) {
      diff = templates.diff(actor, diff.templateId(), diff.version());
    }
  }

  public void newDraft() {
    run(() -> templates.createDraft(actor, selected, null, null), "templates.msg.drafted");
  }

  public void edit(TemplateViews.Version v) {
    TemplateViews.Version detail = templates.version(actor, v.templateId(), v.version());
    editing = detail.version();
    xslt = detail.xslt();
    sampleData = detail.sampleData();
  }

  public void save() {
    run(() -> templates.edit(actor, selected, editing, xslt, sampleData), "templates.msg.saved");
  }

  public void submit(TemplateViews.Version v) {
    run(() -> templates.submit(actor, v.templateId(), v.version()), "templates.msg.submitted");
  }

  /** The version's sample rendered as a PDF marked PREVIEW. */
  public StreamedContent preview(TemplateViews.Version v) {
    byte[] pdf = templates.preview(actor, v.templateId(), v.version(), null);
    return DefaultStreamedContent.builder()
        .name(v.templateId() + "-v" + v.version() + "-preview.pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new ByteArrayInputStream(pdf))
        .build();
  }

  /** A publisher may edit and submit her own drafts. */
  public boolean canChange(TemplateViews.Version v) {
    return actor.hasRole("publisher")
        && "DRAFT".equals(v.status())
        && v.author().equals(actor.subject());
  }

  /** An approver may review a version in review that someone else wrote. */
  public boolean canReview(TemplateViews.Version v) {
    return actor.hasRole("approver")
        && "IN_REVIEW".equals(v.status())
        && !v.author().equals(actor.subject());
  }

  public boolean isPublisher() {
    return actor.hasRole("publisher");
  }

  private void run(Supplier<TemplateViews.Version> step, String doneKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "vaultMsg");
    try {
      TemplateViews.Version v = step.get();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              java.text.MessageFormat.format(bundle.getString(doneKey), v.version()),
              null));
      editing = null;
      diff = null;
      summaries = null;
      versions = templates.versions(actor, selected);
    } catch (AccessDeniedException
        | TemplateStateException
        | TemplateNotFoundException
        | InvalidRequestException
        | RenderException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public String getSelected() {
    return selected;
  }

  public List<TemplateViews.Version> getVersions() {
    return versions;
  }

  public TemplateDiff getDiff() {
    return diff;
  }

  public Integer getEditing() {
    return editing;
  }

  public String getXslt() {
    return xslt;
  }

  public void setXslt(String xslt) {
    this.xslt = xslt;
  }

  public String getSampleData() {
    return sampleData;
  }

  public void setSampleData(String sampleData) {
    this.sampleData = sampleData;
  }
}
