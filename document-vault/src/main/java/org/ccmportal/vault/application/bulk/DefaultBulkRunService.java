package org.ccmportal.vault.application.bulk;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.BulkRun;
import org.ccmportal.vault.api.BulkRunFacade;
import org.ccmportal.vault.api.BulkRunNotFoundException;
import org.ccmportal.vault.api.InvalidRequestException;

/**
 * Bulk runs on Jakarta Batch. The run id is the id of the job's first execution; a restart makes a
 * new execution of the same job instance, and the run shows the newest one.
 */
@ApplicationScoped
public class DefaultBulkRunService implements BulkRunFacade {
  /** The job's name: META-INF/batch-jobs/bulk-run.xml. */
  public static final String JOB = "bulk-run";

  private static final Logger LOG = Logger.getLogger(DefaultBulkRunService.class.getName());

  @Override
  public BulkRun submit(Actor actor, BulkFormat format, InputStream in) {
    check(actor, format);
    return start(actor, format, BulkUploads.save(in));
  }

  /**
   * Starts a run on a file the server wrote itself (a publication's records) and takes the file
   * over; the upload size limit does not apply (see {@link BulkUploads#adopt}).
   */
  public BulkRun submitGenerated(Actor actor, BulkFormat format, Path file) {
    check(actor, format);
    return start(actor, format, BulkUploads.adopt(file));
  }

  private static void check(Actor actor, BulkFormat format) {
    if (actor == null || !actor.hasRole("publisher")) {
      throw new AccessDeniedException("bulk runs need role publisher");
    }
    if (format == null) {
      throw new InvalidRequestException(
          "Content-Type", "the body must be application/x-ndjson or text/csv");
    }
  }

  private BulkRun start(Actor actor, BulkFormat format, String upload) {
    long total;
    try {
      total = countRecords(format, upload);
    } catch (RuntimeException e) {
      BulkUploads.delete(upload);
      throw e;
    }
    Properties parameters = new Properties();
    parameters.setProperty("upload", upload);
    parameters.setProperty("format", format.name());
    parameters.setProperty("total", Long.toString(total));
    parameters.setProperty("submittedBy", actor.subject());
    long id = operator().start(JOB, parameters);
    LOG.info(() -> "bulk run " + id + " started: " + total + " records, format " + format);
    return new BulkRun(id, "STARTING", total, 0, 0, List.of());
  }

  @Override
  public BulkRun find(Actor actor, long runId) {
    if (actor == null || !(actor.hasRole("publisher") || actor.hasRole("admin"))) {
      throw new AccessDeniedException("bulk runs are for publishers and admins");
    }
    JobOperator operator = operator();
    JobExecution first;
    try {
      first = operator.getJobExecution(runId);
    } catch (NoSuchJobExecutionException e) {
      throw new BulkRunNotFoundException();
    }
    Properties parameters = first.getJobParameters();
    if (!JOB.equals(first.getJobName())
        || parameters == null
        || !(actor.hasRole("admin") || actor.subject().equals(parameters.get("submittedBy")))) {
      throw new BulkRunNotFoundException();
    }
    JobExecution latest =
        operator.getJobExecutions(operator.getJobInstance(runId)).stream()
            .max(Comparator.comparingLong(JobExecution::getExecutionId))
            .orElse(first);
    BulkProgress progress =
        operator.getStepExecutions(latest.getExecutionId()).stream()
            .map(StepExecution::getPersistentUserData)
            .filter(BulkProgress.class::isInstance)
            .map(BulkProgress.class::cast)
            .findFirst()
            .orElseGet(BulkProgress::new);
    return new BulkRun(
        runId,
        latest.getBatchStatus().name(),
        Long.parseLong(parameters.getProperty("total", "0")),
        progress.done(),
        progress.failed(),
        progress.failures());
  }

  /** Records in the file: non-blank lines, less the CSV header (which must be there). */
  static long countRecords(BulkFormat format, String upload) {
    try (BufferedReader reader =
        Files.newBufferedReader(BulkUploads.file(upload), StandardCharsets.UTF_8)) {
      long count = 0;
      boolean header = format == BulkFormat.CSV;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        if (header) {
          if (!BulkRecordParser.isCsvHeader(line.strip())) {
            throw new InvalidRequestException(
                "body", "a CSV file must start with the header " + BulkRecordParser.CSV_COLUMNS);
          }
          header = false;
          continue;
        }
        count++;
      }
      if (count == 0) {
        throw new InvalidRequestException("body", "the file has no records");
      }
      return count;
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InvalidRequestException("body", "the file must be UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
