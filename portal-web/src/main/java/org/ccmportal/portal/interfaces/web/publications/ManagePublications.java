package org.ccmportal.portal.interfaces.web.publications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublicationFacade;
import org.ccmportal.vault.api.PublicationNotFoundException;
import org.ccmportal.vault.api.PublicationRuleException;
import org.ccmportal.vault.api.PublicationStateException;
import org.ccmportal.vault.api.PublicationSummary;

/**
 * The publication list (filtered by state) and the approval queue: an approver approves a submitted
 * publication someone else created, or rejects it with a reason.
 */
@Named
@ViewScoped
public class ManagePublications implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PublicationFacade publications;
  @Inject transient Actor actor;

  private String state;
  private String reason;
  private List<PublicationSummary> list;
  private List<PublicationSummary> queue;

  public List<PublicationSummary> getList() {
    if (list == null) {
      list = publications.list(actor, state);
    }
    return list;
  }

  /** Submitted publications waiting for a decision (approvers only). */
  public List<PublicationSummary> getQueue() {
    if (queue == null) {
      queue = isApprover() ? publications.list(actor, "SUBMITTED") : List.of();
    }
    return queue;
  }

  public void filter() {
    list = null;
  }

  /** Whether this user may decide on it: an approver who did not create it. */
  public boolean canDecide(PublicationSummary p) {
    return isApprover() && !p.createdBy().equals(actor.subject());
  }

  public void approve(PublicationSummary p) {
    decide(p, true);
  }

  public void reject(PublicationSummary p) {
    decide(p, false);
  }

  private void decide(PublicationSummary p, boolean approve) {
    try {
      if (approve) {
        publications.approve(actor, p.id());
        PublicationPages.info("publication.msg.approved", p.id());
      } else {
        publications.reject(actor, p.id(), reason);
        PublicationPages.info("publication.msg.rejected", p.id());
      }
      reason = null;
      list = null;
      queue = null;
    } catch (InvalidRequestException e) {
      PublicationPages.error("queue:reason", e.getMessage());
    } catch (AccessDeniedException
        | PublicationStateException
        | PublicationRuleException
        | PublicationNotFoundException e) {
      PublicationPages.error(null, e.getMessage());
    }
  }

  public boolean isApprover() {
    return actor.hasRole("approver");
  }

  public boolean isPublisher() {
    return actor.hasRole("publisher");
  }

  public String format(Instant instant) {
    return PublicationPages.format(instant);
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<String> getStates() {
    return List.of("DRAFT", "SUBMITTED", "APPROVED", "RUNNING", "COMPLETED", "REJECTED");
  }
}
