package org.ccmportal.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentPage;
import org.ccmportal.vault.api.DocumentSummary;
import org.ccmportal.vault.api.InboxFacade;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The customer's inbox page: their documents, newest first, paged on the server. */
@Named
@ViewScoped
public class Inbox implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient InboxFacade inbox;
  @Inject transient Actor actor;

  private final LazyDataModel<DocumentSummary> documents = new Documents();
  private DocumentSummary selected;

  public LazyDataModel<DocumentSummary> getDocuments() {
    return documents;
  }

  public DocumentSummary getSelected() {
    return selected;
  }

  public void open(DocumentSummary document) {
    this.selected = document;
  }

  private final class Documents extends LazyDataModel<DocumentSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) inbox.list(actor, 0, 1).total();
    }

    @Override
    public List<DocumentSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      DocumentPage page = inbox.list(actor, first, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(DocumentSummary document) {
      return document.id().toString();
    }

    @Override
    public DocumentSummary getRowData(String rowKey) {
      return inbox.list(actor, 0, 100).items().stream()
          .filter(d -> d.id().toString().equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
