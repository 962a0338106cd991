package org.ccmportal.portal.interfaces.web.archive;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.RequestView;
import org.ccmportal.archive.application.RegulatorRequests;
import org.ccmportal.vault.api.Actor;

/**
 * The approvers' queue: every regulator request with its status; a request waiting for a decision
 * is approved or rejected with a reason, by an approver who did not file it (the page offers no
 * decision on one's own request, and the archive refuses it anyway). An approval starts the export.
 */
@Named
@ViewScoped
public class ReviewRequests implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RegulatorRequests requests;
  @Inject transient Actor actor;

  private transient List<RequestView> queue;
  private final Map<String, String> reasons = new HashMap<>();

  public boolean isApprover() {
    return actor.hasRole("approver");
  }

  public List<RequestView> getQueue() {
    if (queue == null) {
      queue = isApprover() ? requests.list(ArchivePages.caller(actor, null)) : List.of();
    }
    return queue;
  }

  /** Whether the current user may decide this request: waiting, and filed by someone else. */
  public boolean canDecide(RequestView request) {
    return isApprover()
        && "REQUESTED".equals(request.status())
        && !actor.subject().equals(request.requestedBy());
  }

  public boolean isOwn(RequestView request) {
    return actor.subject().equals(request.requestedBy());
  }

  public void approve(RequestView request) {
    decide(request, true);
  }

  public void reject(RequestView request) {
    decide(request, false);
  }

  private void decide(RequestView request, boolean approve) {
    if (!canDecide(request)) {
      return;
    }
    try {
      String reason = reasons.get(request.id());
      if (reason == null || reason.isBlank()) {
        throw new InvalidArchiveRequestException("reason", "required");
      }
      requests.decide(ArchivePages.caller(actor, null), request.id(), approve, reason.trim());
      ArchivePages.info(
          approve ? "archive.review.approved" : "archive.review.rejected", request.caseReference());
      reasons.remove(request.id());
      queue = null;
    } catch (RuntimeException e) {
      ArchivePages.refused(e);
    }
  }

  public void refresh() {
    queue = null;
  }

  /** The reason typed for each request, by request id. */
  public Map<String, String> getReasons() {
    return reasons;
  }
}
