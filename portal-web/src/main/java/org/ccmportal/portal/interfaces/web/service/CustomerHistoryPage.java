package org.ccmportal.portal.interfaces.web.service;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.CommunicationHistory;
import org.ccmportal.vault.api.CommunicationHistoryFacade;
import org.ccmportal.vault.api.DocumentContent;
import org.ccmportal.vault.api.DocumentNotFoundException;
import org.ccmportal.vault.api.InvalidRequestException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A customer's communication history for service staff: look a customer up by id (or open the page
 * with {@code ?customer=}), see every document newest first with what happened on each channel, and
 * open a document (archived as a staff access).
 */
@Named
@ViewScoped
public class CustomerHistoryPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  @Inject transient CommunicationHistoryFacade history;
  @Inject transient Actor actor;

  private String customer;
  private CommunicationHistory shown;

  /** Runs the look-up given in the address ({@code ?customer=}), if any. */
  public void onLoad() {
    if (customer != null && !customer.isBlank() && shown == null) {
      search();
    }
  }

  public void search() {
    shown = null;
    try {
      shown = history.history(actor, customer == null ? "" : customer.strip(), 0, PAGE);
    } catch (InvalidRequestException e) {
      FacesContext.getCurrentInstance()
          .addMessage("history:customer", message(FacesMessage.SEVERITY_ERROR, "history.badId"));
    } catch (AccessDeniedException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, message(FacesMessage.SEVERITY_ERROR, "history.denied"));
    }
  }

  /** The document for download; its opening is archived before the bytes are sent. */
  public StreamedContent document(String documentId) {
    try {
      DocumentContent content =
          history.document(actor, shown.customerId(), UUID.fromString(documentId));
      return DefaultStreamedContent.builder()
          .name(content.fileName())
          .contentType("application/pdf")
          .stream(() -> new ByteArrayInputStream(content.bytes()))
          .build();
    } catch (DocumentNotFoundException | IllegalArgumentException | NullPointerException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, message(FacesMessage.SEVERITY_ERROR, "history.notFound"));
      return null;
    }
  }

  public static String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  private static FacesMessage message(FacesMessage.Severity severity, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "vaultMsg");
    return new FacesMessage(severity, bundle.getString(key), null);
  }

  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }

  public CommunicationHistory getShown() {
    return shown;
  }

  public List<CommunicationHistory.Item> getItems() {
    return shown == null ? List.of() : shown.items();
  }

  public String format(Instant at) {
    return when(at);
  }
}
