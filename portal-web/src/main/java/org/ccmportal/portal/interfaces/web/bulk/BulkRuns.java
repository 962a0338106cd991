package org.ccmportal.portal.interfaces.web.bulk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.BulkRun;
import org.ccmportal.vault.api.BulkRunFacade;
import org.ccmportal.vault.api.BulkRunNotFoundException;
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * The back-office bulk-run page: a publisher pastes records (NDJSON or CSV), starts the run and
 * watches it; the page polls the run's progress until it ends. Large files go through the API.
 */
@Named
@ViewScoped
public class BulkRuns implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> ENDED = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Inject transient BulkRunFacade runs;
  @Inject transient Actor actor;

  private BulkFormat format = BulkFormat.NDJSON;
  private String records;
  private BulkRun run;

  public void submit() {
    try {
      byte[] bytes = records == null ? new byte[0] : records.getBytes(StandardCharsets.UTF_8);
      run = runs.submit(actor, format, new ByteArrayInputStream(bytes));
      records = null;
    } catch (InvalidRequestException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "bulk:records", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  /** Called by the page's poll. */
  public void refresh() {
    if (run != null) {
      try {
        run = runs.find(actor, run.id());
      } catch (BulkRunNotFoundException e) {
        run = null;
      }
    }
  }

  public boolean isFinished() {
    return run == null || ENDED.contains(run.status());
  }

  /** Share of the records handled (published or refused), 0-100. */
  public int getPercent() {
    if (run == null || run.total() == 0) {
      return 0;
    }
    return (int) Math.min(100, (run.done() + run.failed()) * 100 / run.total());
  }

  public BulkRun getRun() {
    return run;
  }

  public BulkFormat[] getFormats() {
    return BulkFormat.values();
  }

  public BulkFormat getFormat() {
    return format;
  }

  public void setFormat(BulkFormat format) {
    this.format = format;
  }

  public String getRecords() {
    return records;
  }

  public void setRecords(String records) {
    this.records = records;
  }
}
