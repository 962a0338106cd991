package org.ccmportal.portal.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentPage;
import org.ccmportal.vault.api.DocumentSummary;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InboxFacade;
import org.ccmportal.vault.api.InboxFilter;
import org.ccmportal.vault.api.InvalidRequestException;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The customer's inbox page: their documents of the display window, newest first, paged on the
 * server, narrowed by type, issue dates, read state and a search in titles; each can be marked read
 * or unread.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient InboxFacade inbox;
  @Inject transient Actor actor;

  private final LazyDataModel<DocumentSummary> documents = new Documents();
  private DocumentSummary selected;
  private InboxFilter filter = InboxFilter.none();

  // the filter form, applied by apply()
  private DocumentType type;
  private LocalDate from;
  private LocalDate to;
  private String status = "";
  private String q;

  public LazyDataModel<DocumentSummary> getDocuments() {
    return documents;
  }

  public DocumentSummary getSelected() {
    return selected;
  }

  public void open(DocumentSummary document) {
    this.selected = document;
  }

  /** Applies the filter form; a bad combination keeps the previous filter and says why. */
  public void apply() {
    try {
      Boolean read = "read".equals(status) ? Boolean.TRUE : "unread".equals(status) ? false : null;
      filter = new InboxFilter(type, from, to, read, q);
      firstPage();
    } catch (InvalidRequestException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      String text =
          faces
              .getApplication()
              .getResourceBundle(faces, "vaultMsg")
              .getString("inbox.filter.invalid." + e.field());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }
  }

  public void clear() {
    type = null;
    from = null;
    to = null;
    status = "";
    q = null;
    filter = InboxFilter.none();
    firstPage();
  }

  /** A new filter starts at the first page. */
  private static void firstPage() {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":inbox:documents")
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }

  /** Marks the document read when it is unread, and unread when it is read. */
  public void toggleRead(DocumentSummary document) {
    inbox.markRead(actor, document.id(), !document.read());
  }

  public DocumentType[] getTypes() {
    return DocumentType.values();
  }

  public DocumentType getType() {
    return type;
  }

  public void setType(DocumentType type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null ? "" : status;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  private final class Documents extends LazyDataModel<DocumentSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) inbox.list(actor, filter, 0, 1).total();
    }

    @Override
    public List<DocumentSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      DocumentPage page = inbox.list(actor, filter, first, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(DocumentSummary document) {
      return document.id().toString();
    }

    @Override
    public DocumentSummary getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : getWrappedData().stream()
              .filter(d -> d.id().toString().equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }
}
