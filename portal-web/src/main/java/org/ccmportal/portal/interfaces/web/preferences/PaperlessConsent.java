package org.ccmportal.portal.interfaces.web.preferences;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.logging.Logger;
import org.ccmportal.portal.interfaces.web.ManageConsents;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.preferences.api.ConsentText;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.vault.api.Actor;

/**
 * The paperless section of the preferences page, E-SIGN style: the customer reads the disclosure
 * (the current versioned PAPERLESS text, whose version and SHA-256 are recorded), opens the sample
 * PDF, confirms they could read it, and agrees. While paperless is granted, legally required
 * documents reach the portal with an email notice and are not printed; withdrawing it sends them by
 * post again, at once.
 */
@Named
@ViewScoped
public class PaperlessConsent implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PaperlessConsent.class.getName());

  /** Where the sample PDF is served (a static resource of the portal). */
  public static final String SAMPLE_PATH = "/resources/paperless-sample.pdf";

  @Inject transient ConsentService consents;
  @Inject transient Actor actor;
  @Inject ManageConsents history;

  private boolean sampleOpened;
  private Boolean granted;

  /** The disclosure the customer agrees to, in its current version. */
  public ConsentText getText() {
    return consents.currentText(ConsentPurpose.PAPERLESS);
  }

  /** Whether paperless is currently granted (the latest ledger record says so). */
  public boolean isGranted() {
    if (granted == null) {
      ConsentEntry e = consents.current(actor.customerId()).get(ConsentPurpose.PAPERLESS);
      granted = e != null && e.decision() == ConsentDecision.GRANTED;
    }
    return granted;
  }

  public String getSamplePath() {
    return SAMPLE_PATH;
  }

  /** The customer's confirmation that they could open and read the sample PDF. */
  public boolean isSampleOpened() {
    return sampleOpened;
  }

  public void setSampleOpened(boolean sampleOpened) {
    this.sampleOpened = sampleOpened;
  }

  /** Grants paperless with the text shown; refused (with a message) without the confirmation. */
  public void grant() {
    try {
      consents.record(
          actor.customerId(),
          ConsentPurpose.PAPERLESS,
          ConsentDecision.GRANTED,
          getText().version(),
          sampleOpened,
          ChangedBy.customer(ChangeMethod.PORTAL, actor.subject()));
      message(FacesMessage.SEVERITY_INFO, "paperless.saved.GRANTED");
    } catch (InvalidChangeException e) {
      LOG.fine("paperless grant refused: " + e.field());
      message(FacesMessage.SEVERITY_ERROR, "paperless.sampleRequired");
    }
    granted = null;
    history.reload();
  }

  /** Withdraws paperless: legally required documents go to print again. */
  public void withdraw() {
    consents.record(
        actor.customerId(),
        ConsentPurpose.PAPERLESS,
        ConsentDecision.WITHDRAWN,
        null,
        false,
        ChangedBy.customer(ChangeMethod.PORTAL, actor.subject()));
    sampleOpened = false;
    granted = null;
    history.reload();
    message(FacesMessage.SEVERITY_INFO, "paperless.saved.WITHDRAWN");
  }

  private static void message(FacesMessage.Severity severity, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = faces.getApplication().getResourceBundle(faces, "prefsMsg").getString(key);
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
