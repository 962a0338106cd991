package org.ccmportal.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.preferences.api.ConsentText;
import org.ccmportal.preferences.application.DefaultConsentService;
import org.ccmportal.vault.api.Actor;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The consent section of the preferences page: marketing by email and by SMS, each with the exact
 * versioned text the customer agrees to, and the customer's consent history, newest first. A
 * decision here is recorded in the ledger as made on the portal, and the matrix follows it.
 */
@Named
@ViewScoped
public class ManageConsents implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.of("Europe/London"));

  @Inject transient ConsentService consents;
  @Inject transient Actor actor;
  @Inject ChangePreferences matrix;

  private Map<ConsentPurpose, ConsentEntry> current;
  private List<ConsentEntry> history;

  /** The purposes offered on this page (paperless comes with its own flow). */
  public List<ConsentPurpose> getPurposes() {
    return List.of(ConsentPurpose.MARKETING_EMAIL, ConsentPurpose.MARKETING_SMS);
  }

  public ConsentText text(ConsentPurpose purpose) {
    return consents.currentText(purpose);
  }

  public boolean granted(ConsentPurpose purpose) {
    ConsentEntry e = current().get(purpose);
    return e != null && e.decision() == ConsentDecision.GRANTED;
  }

  /** The history, newest first. */
  public List<ConsentEntry> getHistory() {
    if (history == null) {
      List<ConsentEntry> all = new ArrayList<>(consents.history(actor.customerId()));
      Collections.reverse(all);
      history = all;
    }
    return history;
  }

  public String when(ConsentEntry e) {
    return WHEN.format(e.recordedAt());
  }

  /** The history as a JSON file, the same as {@code GET /api/v1/consents/export}. */
  public StreamedContent getDownload() {
    StringBuilder json = new StringBuilder("{\"customerId\":\"" + actor.customerId() + "\",");
    json.append("\"records\":[");
    List<ConsentEntry> all = consents.history(actor.customerId());
    for (int i = 0; i < all.size(); i++) {
      json.append(i == 0 ? "" : ",").append(DefaultConsentService.json(all.get(i)));
    }
    byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("consent-history.json")
        .contentType("application/json")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** Forgets what was read, after a decision made elsewhere on the page. */
  public void reload() {
    current = null;
    history = null;
  }

  public void grant(ConsentPurpose purpose) {
    decide(purpose, ConsentDecision.GRANTED, consents.currentText(purpose).version());
  }

  public void withdraw(ConsentPurpose purpose) {
    decide(purpose, ConsentDecision.WITHDRAWN, null);
  }

  private void decide(ConsentPurpose purpose, ConsentDecision decision, Integer version) {
    consents.record(
        actor.customerId(),
        purpose,
        decision,
        version,
        ChangedBy.customer(ChangeMethod.PORTAL, actor.subject()));
    current = null;
    history = null;
    matrix.reload();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO,
                ChangePreferences.text("consent.saved." + decision.name()),
                null));
  }

  private Map<ConsentPurpose, ConsentEntry> current() {
    if (current == null) {
      current = consents.current(actor.customerId());
    }
    return current;
  }
}
