package org.ccmportal.portal.interfaces.web.templates;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.application.templates.TemplateService;
import org.ccmportal.vault.application.templates.TemplateViews;
import org.ccmportal.vault.domain.model.template.TemplateNotFoundException;
import org.ccmportal.vault.domain.model.template.TemplateStateException;

/**
 * The decision on a template version in review, taken beside its changes (maker-checker): an
 * approver who did not write the version approves it, optionally with a comment, or rejects it with
 * a reason. Whether the decision is allowed is the application's rule (role, four eyes, state,
 * reason required); this page only offers the decision where it applies and shows a refusal as a
 * message. After a decision, or a refusal because someone else decided first, the list and the
 * changes show the version's state as it is now.
 */
@Named
@ViewScoped
public class ReviewTemplateVersion implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The reason field's client id, where a refusal of the reason is shown. */
  static final String REASON_FIELD = "templates:comment";

  @Inject transient TemplateService templates;
  @Inject transient Actor actor;
  @Inject ManageTemplates page;

  private String reason;

  /** Whether the current user may decide the version whose changes are shown. */
  public boolean isOffered() {
    TemplateViews.Version v = page.getShown();
    return v != null && page.canReview(v);
  }

  /**
   * Whether the shown version is in review and the current user, an approver, wrote it: someone
   * else must decide it (four-eyes rule), so the page says so instead of offering the decision.
   */
  public boolean isOwnVersion() {
    TemplateViews.Version v = page.getShown();
    return v != null
        && actor.hasRole("approver")
        && "IN_REVIEW".equals(v.status())
        && v.author().equals(actor.subject());
  }

  public void approve() {
    decide(
        v -> () -> templates.approve(actor, v.templateId(), v.version(), reason),
        "templates.msg.approved");
  }

  public void reject() {
    decide(
        v -> () -> templates.reject(actor, v.templateId(), v.version(), reason),
        "templates.msg.rejected");
  }

  private void decide(
      Function<TemplateViews.Version, Supplier<TemplateViews.Version>> step, String doneKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    TemplateViews.Version shown = page.getShown();
    if (shown == null) {
      return;
    }
    try {
      TemplateViews.Version decided = step.apply(shown).get();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, text(faces, doneKey, decided.version()), null));
      reason = null;
    } catch (InvalidRequestException e) {
      // a refused reason is shown at the reason field, which then takes the focus
      String refused = text(faces, "templates.review.refused", shown.version(), e.getMessage());
      boolean reason = "comment".equals(e.field()) && markInvalid(faces);
      faces.addMessage(
          reason ? REASON_FIELD : null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, refused, null));
    } catch (AccessDeniedException | TemplateStateException | TemplateNotFoundException e) {
      // e.g. another approver decided first: the reason typed is kept, the state shown is renewed
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              text(faces, "templates.review.refused", shown.version(), e.getMessage()),
              null));
    }
    page.reloadShown();
  }

  private static boolean markInvalid(FacesContext faces) {
    UIComponent field = faces.getViewRoot().findComponent(REASON_FIELD);
    if (field instanceof UIInput input) {
      input.setValid(false);
      return true;
    }
    return false;
  }

  private static String text(FacesContext faces, String key, Object... args) {
    return MessageFormat.format(
        faces.getApplication().getResourceBundle(faces, "vaultMsg").getString(key), args);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
