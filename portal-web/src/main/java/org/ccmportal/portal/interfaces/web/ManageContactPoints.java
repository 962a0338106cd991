package org.ccmportal.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.vault.api.Actor;

/**
 * The contact points section of the preferences page: the customer's addresses with their
 * verification state, and adding an email address (which stays unused until the customer follows
 * the link sent to it).
 */
@Named
@ViewScoped
public class ManageContactPoints implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ContactPoints contactPoints;
  @Inject transient Actor actor;

  private List<ContactPointView> points;
  private String newEmail;

  public List<ContactPointView> getPoints() {
    if (points == null) {
      points = contactPoints.of(actor.customerId());
    }
    return points;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public void add() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      contactPoints.addEmail(actor.customerId(), newEmail);
      newEmail = null;
      points = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, ChangePreferences.text("contacts.linkSent"), null));
    } catch (InvalidChangeException e) {
      faces.addMessage(
          "contacts:newEmail",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, ChangePreferences.text("contacts.invalidEmail"), null));
    }
  }
}
