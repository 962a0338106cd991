package org.ccmportal.portal.interfaces.web.bulk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.BulkRun;
import org.ccmportal.vault.api.BulkRunFacade;
import org.ccmportal.vault.api.BulkRunNotFoundException;
import org.ccmportal.vault.api.InvalidRequestException;
import org.primefaces.model.file.UploadedFile;

/**
 * The back-office bulk-run page: a publisher pastes records (NDJSON or CSV), starts the run and
 * watches it; the page polls the run's progress until it ends. A file ({@code .ndjson} or {@code
 * .csv}, at most {@value #MAX_UPLOAD_BYTES} bytes) goes through the same path: its extension gives
 * its format, and an empty or invalid file starts no run.
 */
@Named
@ViewScoped
public class BulkRuns implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BulkRuns.class.getName());

  /** The largest file the page takes (20 MB); larger files go through the API. */
  public static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

  private static final List<String> ENDED = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  @Inject transient BulkRunFacade runs;
  @Inject transient Actor actor;

  private BulkFormat format = BulkFormat.NDJSON;
  private String records;
  private BulkRun run;
  private transient UploadedFile file;

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

  /** Starts a run from the uploaded file; its format comes from its extension. */
  public void upload() {
    BulkFormat fileFormat = file == null ? null : formatOf(file.getFileName());
    if (fileFormat == null || file.getSize() > MAX_UPLOAD_BYTES) {
      error(file == null ? "bulk.upload.missing" : "bulk.upload.invalidFile");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      run = runs.submit(actor, fileFormat, in);
      LOG.info(() -> "bulk run " + run.id() + " submitted from the back-office upload");
    } catch (InvalidRequestException e) {
      error("bulk.upload.refused", e.getMessage());
    } catch (IOException e) {
      error("bulk.upload.unreadable");
    } finally {
      file = null;
    }
  }

  /** The format a file name stands for, by its extension; null for any other file. */
  static BulkFormat formatOf(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".ndjson")) {
      return BulkFormat.NDJSON;
    }
    return name.endsWith(".csv") ? BulkFormat.CSV : null;
  }

  private static void error(String key, Object... params) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "vaultMsg");
    String text = MessageFormat.format(bundle.getString(key), params);
    faces.addMessage("upload:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public long getMaxUploadBytes() {
    return MAX_UPLOAD_BYTES;
  }

  public String getRecords() {
    return records;
  }

  public void setRecords(String records) {
    this.records = records;
  }
}
