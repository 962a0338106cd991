package org.ccmportal.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.CodeRejectedException;
import org.ccmportal.preferences.api.CodeResendTooSoonException;
import org.ccmportal.preferences.api.ContactPointNotFoundException;
import org.ccmportal.preferences.api.ContactPointView;
import org.ccmportal.preferences.api.ContactPoints;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.preferences.api.SmsGatewayException;
import org.ccmportal.vault.api.Actor;

/**
 * The contact points section of the preferences page: the customer's addresses with their state
 * (confirmed, waiting for confirmation, or bounced: an address whose mail bounced is not used until
 * it is confirmed again). A new email address stays unused until the customer follows the link sent
 * to it; a new mobile number until the customer types the 6-digit code sent to it by SMS (10
 * minutes, 5 tries, a new code at most once a minute). The customer may remove any of them, after
 * confirming in a dialog; a removed one is never used again.
 */
@Named
@ViewScoped
public class ManageContactPoints implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ManageContactPoints.class.getName());

  @Inject transient ContactPoints contactPoints;
  @Inject transient Actor actor;

  private List<ContactPointView> points;
  private String newEmail;
  private String newMobile;
  private final Map<Long, String> codes = new HashMap<>();
  private final Map<Long, String> codeErrors = new HashMap<>();

  public List<ContactPointView> getPoints() {
    if (points == null) {
      points = contactPoints.of(actor.customerId());
    }
    return points;
  }

  /** The bundle key of a contact point's state as the customer reads it. */
  public String stateKey(ContactPointView point) {
    if (point.bounced()) {
      return "contacts.bounced";
    }
    return point.verified() ? "contacts.verified" : "contacts.unverified";
  }

  /** Whether the row waits for an SMS code (an unverified mobile number). */
  public boolean awaitingCode(ContactPointView point) {
    return "SMS".equals(point.kind()) && !point.verified();
  }

  /** The visible label of a row's code field, naming the number the code was sent to. */
  public String codeLabel(ContactPointView point) {
    return MessageFormat.format(ChangePreferences.text("contacts.codeFor"), point.value());
  }

  /** Whether the row is an email address whose mail bounced, to be confirmed again. */
  public boolean awaitingLink(ContactPointView point) {
    return "EMAIL".equals(point.kind()) && (point.bounced() || !point.verified());
  }

  /** Sends a new confirmation link to the row's email address (bounced or still unconfirmed). */
  public void resendLink(long id) {
    try {
      ContactPointView point = contactPoints.find(actor.customerId(), id);
      contactPoints.addEmail(actor.customerId(), point.value());
      info(ChangePreferences.text("contacts.linkSent"));
    } catch (ContactPointNotFoundException e) {
      points = null;
    }
  }

  public void add() {
    try {
      contactPoints.addEmail(actor.customerId(), newEmail);
      newEmail = null;
      points = null;
      info(ChangePreferences.text("contacts.linkSent"));
    } catch (InvalidChangeException e) {
      fieldError("contacts:newEmail", ChangePreferences.text("contacts.invalidEmail"));
    }
  }

  /** Adds the mobile number and sends it a code; nothing is stored when the SMS cannot be sent. */
  public void addMobile() {
    try {
      contactPoints.addMobile(actor.customerId(), newMobile);
      newMobile = null;
      points = null;
      info(ChangePreferences.text("contacts.codeSent"));
    } catch (InvalidChangeException e) {
      fieldError("mobile:newMobile", ChangePreferences.text("contacts.invalidMobile"));
    } catch (CodeResendTooSoonException e) {
      fieldError("mobile:newMobile", tooSoon(e));
    } catch (SmsGatewayException e) {
      LOG.warning(
          "SMS gateway unavailable when adding a mobile number (status " + e.status() + ")");
      fieldError("mobile:newMobile", ChangePreferences.text("contacts.smsUnavailable"));
    }
  }

  /** Checks the code typed in the mobile number's row. */
  public void confirm(long id) {
    codeErrors.remove(id);
    try {
      contactPoints.verifyMobile(actor.customerId(), id, codes.getOrDefault(id, ""));
      codes.remove(id);
      points = null;
      info(ChangePreferences.text("contacts.mobileVerified"));
    } catch (CodeRejectedException e) {
      codes.remove(id);
      codeErrors.put(
          id,
          e.attemptsLeft() > 0
              ? MessageFormat.format(ChangePreferences.text("contacts.wrongCode"), e.attemptsLeft())
              : ChangePreferences.text("contacts.codeNoLongerValid"));
    } catch (ContactPointNotFoundException e) {
      points = null;
    }
  }

  /** Sends a new code for the row's mobile number; earlier codes stop working. */
  public void resend(long id) {
    codeErrors.remove(id);
    try {
      contactPoints.resendCode(actor.customerId(), id);
      codes.remove(id);
      info(ChangePreferences.text("contacts.codeSent"));
    } catch (CodeResendTooSoonException e) {
      codeErrors.put(id, tooSoon(e));
    } catch (SmsGatewayException e) {
      LOG.warning("SMS gateway unavailable when resending a code (status " + e.status() + ")");
      codeErrors.put(id, ChangePreferences.text("contacts.smsUnavailable"));
    } catch (ContactPointNotFoundException e) {
      points = null;
    }
  }

  /**
   * Removes the row's contact point after the customer confirmed it in the dialog: it is never used
   * again and disappears from the list. One already removed (in another window) just disappears.
   */
  public void remove(long id) {
    try {
      contactPoints.remove(actor.customerId(), id, ChangeMethod.PORTAL);
      info(ChangePreferences.text("contacts.removed"));
    } catch (ContactPointNotFoundException e) {
      info(ChangePreferences.text("contacts.alreadyRemoved"));
    }
    codes.remove(id);
    codeErrors.remove(id);
    points = null;
  }

  /** The question of the confirmation dialog, naming the row's address. */
  public String removeQuestion(ContactPointView point) {
    return MessageFormat.format(
        ChangePreferences.text("contacts.remove.question." + point.kind()), oneLine(point));
  }

  /** The accessible name of the row's Remove button, naming the address it removes. */
  public String removeLabel(ContactPointView point) {
    return MessageFormat.format(ChangePreferences.text("contacts.remove.label"), oneLine(point));
  }

  public Map<Long, String> getCodes() {
    return codes;
  }

  /** The error of the row's code field, or null. */
  public String codeError(long id) {
    return codeErrors.get(id);
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewMobile() {
    return newMobile;
  }

  public void setNewMobile(String newMobile) {
    this.newMobile = newMobile;
  }

  /** The value on one line (a postal address has one line per line of the address). */
  private static String oneLine(ContactPointView point) {
    return point.value().replace("\n", ", ");
  }

  private static String tooSoon(CodeResendTooSoonException e) {
    return MessageFormat.format(ChangePreferences.text("contacts.tooSoon"), e.retryAfterSeconds());
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** A message on the field, which is marked invalid (aria-invalid, error style) as well. */
  private static void fieldError(String clientId, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
      input.setValid(false);
    }
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
