package org.ccmportal.portal.interfaces.web.archive;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ccmportal.archive.api.ArchiveAccess;
import org.ccmportal.archive.api.ArchiveQuery;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.RecordContent;
import org.ccmportal.archive.api.RecordPage;
import org.ccmportal.archive.api.RecordView;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.vault.api.Actor;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * Searching the archive (regulators and approvers): by customer, the days the event occurred (both
 * inclusive), category, channel and template, paged on the server in log order. Nothing is searched
 * until the user asks; each page shown is one audited search carrying the case reference given in
 * the form, and so is each content download.
 */
@Named
@ViewScoped
public class SearchArchive implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ArchiveAccess archive;
  @Inject transient Actor actor;

  private final LazyDataModel<RecordView> records = new Records();
  private ArchiveQuery query;
  private String queryCase;
  private RecordView selected;

  // the form, applied by search()
  private String customerId;
  private LocalDate from;
  private LocalDate to;
  private String category;
  private String channel;
  private String templateId;
  private String caseReference;

  /** Applies the form; a bad combination keeps the previous search and says which field. */
  public void search() {
    try {
      ArchivePages.caller(actor, caseReference); // checks the case reference
      query =
          new ArchiveQuery(
              blankToNull(customerId),
              ArchivePages.startOf(from),
              ArchivePages.endOf(to),
              blankToNull(category),
              blankToNull(channel),
              blankToNull(templateId),
              null);
      queryCase = caseReference;
      selected = null;
      if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":search:records")
          instanceof DataTable table) {
        table.setFirst(0);
      }
    } catch (InvalidArchiveRequestException e) {
      ArchivePages.refused(e);
    }
  }

  public boolean isSearched() {
    return query != null;
  }

  public void open(RecordView record) {
    this.selected = record;
  }

  /** The record's archived content as a download; the view is audited with the case reference. */
  public StreamedContent content(RecordView record) {
    try {
      RecordContent content = archive.content(ArchivePages.caller(actor, queryCase), record.id());
      return ArchivePages.download(
          content.bytes(),
          content.contentType(),
          "archive-record-" + record.id() + extension(record));
    } catch (RuntimeException e) {
      ArchivePages.refused(e);
      return null;
    }
  }

  private static String extension(RecordView record) {
    return switch (record.contentType()) {
      case "application/pdf" -> ".pdf";
      case "application/json" -> ".json";
      case "text/plain" -> ".txt";
      case "text/html" -> ".html";
      default -> ".bin";
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public LazyDataModel<RecordView> getRecords() {
    return records;
  }

  public RecordView getSelected() {
    return selected;
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public String getCustomerId() {
    return customerId;
  }

  public void setCustomerId(String customerId) {
    this.customerId = customerId;
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

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getTemplateId() {
    return templateId;
  }

  public void setTemplateId(String templateId) {
    this.templateId = templateId;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public void setCaseReference(String caseReference) {
    this.caseReference = caseReference;
  }

  /**
   * One audited search per page shown: the count PrimeFaces asks first fetches the first page and
   * keeps it for the load that follows.
   */
  private final class Records extends LazyDataModel<RecordView> {
    private static final long serialVersionUID = 1L;
    private transient RecordPage pending;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      if (query == null) {
        return 0;
      }
      pending = fetch(0, 10);
      return pending == null ? 0 : (int) Math.min(Integer.MAX_VALUE, pending.total());
    }

    @Override
    public List<RecordView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (query == null) {
        return List.of();
      }
      RecordPage page =
          pending != null && pending.offset() == first && pending.limit() == pageSize
              ? pending
              : fetch(first, pageSize);
      pending = null;
      if (page == null) {
        return List.of();
      }
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.records();
    }

    private RecordPage fetch(int first, int pageSize) {
      try {
        return archive.search(
            ArchivePages.caller(actor, queryCase), query, first, Math.min(200, pageSize));
      } catch (RuntimeException e) {
        ArchivePages.refused(e);
        return null;
      }
    }

    @Override
    public String getRowKey(RecordView record) {
      return Long.toString(record.id());
    }

    @Override
    public RecordView getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : getWrappedData().stream()
              .filter(r -> Long.toString(r.id()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }
}
