package org.ccmportal.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InboxFacade;

/** What the page header shows about the logged-in user. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject Actor actor;
  @Inject InboxFacade inbox;

  public boolean isLoggedIn() {
    return !actor.roles().isEmpty() || !"anonymous".equals(actor.subject());
  }

  public boolean isCustomer() {
    return actor.hasRole("customer") && actor.customerId() != null;
  }

  /** Back-office staff: publishers, approvers, administrators. */
  public boolean isStaff() {
    return actor.hasRole("publisher") || actor.hasRole("approver") || actor.hasRole("admin");
  }

  /** Service staff (and administrators): customers' communication histories. */
  public boolean isServiceStaff() {
    return actor.hasRole("service") || actor.hasRole("admin");
  }

  /** Who may use the archive: regulators and approvers (compliance). */
  public boolean isArchiveUser() {
    return actor.hasRole("regulator") || actor.hasRole("approver");
  }

  public String getName() {
    return actor.subject();
  }

  public long getUnreadCount() {
    return isCustomer() ? inbox.unreadCount(actor) : 0;
  }
}
