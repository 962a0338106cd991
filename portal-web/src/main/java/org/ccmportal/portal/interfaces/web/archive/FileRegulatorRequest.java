package org.ccmportal.portal.interfaces.web.archive;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.RequestView;
import org.ccmportal.archive.application.RegulatorRequests;
import org.ccmportal.archive.domain.model.request.ExportScope;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.vault.api.Actor;
import org.primefaces.model.StreamedContent;

/**
 * A regulator files a request for an export package (scope: customers, the days the events
 * occurred, both inclusive, categories and channels; a case reference; a due date) and follows
 * their own requests: status, and the package download once it is ready. Only regulators file and
 * download; an approver (another person) decides on the review page.
 */
@Named
@ViewScoped
public class FileRegulatorRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RegulatorRequests requests;
  @Inject transient Actor actor;

  private String customerIds;
  private LocalDate from;
  private LocalDate to;
  private List<String> categories = new ArrayList<>();
  private List<String> channels = new ArrayList<>();
  private String caseReference;
  private LocalDate dueDate;
  private transient List<RequestView> mine;

  public boolean isRegulator() {
    return actor.hasRole("regulator");
  }

  /** Files the request; a bad field keeps the form and names the field. */
  public void file() {
    if (!isRegulator()) {
      return;
    }
    try {
      if (caseReference == null || caseReference.isBlank()) {
        throw new InvalidArchiveRequestException("caseReference", "required");
      }
      ExportScope scope =
          new ExportScope(
              customers(),
              ArchivePages.startOf(from),
              ArchivePages.endOf(to),
              categories,
              channels);
      RequestView filed =
          requests.file(ArchivePages.caller(actor, null), scope, caseReference.trim(), dueDate);
      ArchivePages.info("archive.request.filed", filed.caseReference());
      customerIds = null;
      from = null;
      to = null;
      categories = new ArrayList<>();
      channels = new ArrayList<>();
      caseReference = null;
      dueDate = null;
      mine = null;
    } catch (RuntimeException e) {
      ArchivePages.refused(e);
    }
  }

  /** Customer ids separated by commas, spaces or lines; empty means every customer. */
  private List<String> customers() {
    if (customerIds == null || customerIds.isBlank()) {
      return List.of();
    }
    return Arrays.stream(customerIds.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  /** The regulator's own requests, newest first as the archive lists them. */
  public List<RequestView> getMine() {
    if (mine == null) {
      mine = isRegulator() ? requests.list(ArchivePages.caller(actor, null)) : List.of();
    }
    return mine;
  }

  public void refresh() {
    mine = null;
  }

  public boolean isReady(RequestView request) {
    return "READY".equals(request.status()) || "DOWNLOADED".equals(request.status());
  }

  /**
   * The package ZIP of a ready request (the archive checks it is the requester's and unexpired).
   */
  public StreamedContent download(RequestView request) {
    try {
      byte[] zip = requests.download(ArchivePages.caller(actor, null), request.id());
      mine = null;
      return ArchivePages.download(
          zip, "application/zip", "archive-export-" + request.id() + ".zip");
    } catch (RuntimeException e) {
      ArchivePages.refused(e);
      return null;
    }
  }

  public Category[] getCategoryChoices() {
    return Category.values();
  }

  public Channel[] getChannelChoices() {
    return Channel.values();
  }

  public String getCustomerIds() {
    return customerIds;
  }

  public void setCustomerIds(String customerIds) {
    this.customerIds = customerIds;
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

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
  }

  public List<String> getChannels() {
    return channels;
  }

  public void setChannels(List<String> channels) {
    this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
  }

  public String getCaseReference() {
    return caseReference;
  }

  public void setCaseReference(String caseReference) {
    this.caseReference = caseReference;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }
}
