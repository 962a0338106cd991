package org.ccmportal.vault.infrastructure.batch;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.vault.application.bulk.DefaultBulkRunService;

/**
 * A bulk run that was going when the server died is left STARTED (or STOPPING) in the job
 * repository, and Jakarta Batch does not restart it by itself. At start-up, before anything of this
 * server can be running it, each such run is restarted from its last checkpoint with JBeret's
 * {@code jberet.restart.mode=force} (a plain restart refuses a STARTED execution). Runs stopped on
 * purpose (STOPPED) or failed stay as they are. One server per job repository is assumed.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkRunRestarter {
  private static final Logger LOG = Logger.getLogger(BulkRunRestarter.class.getName());

  @PostConstruct
  void restartUnfinished() {
    try {
      restartUnfinished(BatchRuntime.getJobOperator());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "unfinished bulk runs could not be restarted", e);
    }
  }

  /** Restarts the unfinished runs; returns the new execution ids. */
  public List<Long> restartUnfinished(JobOperator operator) {
    List<Long> restarted = new ArrayList<>();
    List<JobInstance> instances;
    try {
      instances = operator.getJobInstances(DefaultBulkRunService.JOB, 0, Integer.MAX_VALUE);
    } catch (NoSuchJobException e) {
      return restarted;
    }
    for (JobInstance instance : instances) {
      JobExecution latest =
          operator.getJobExecutions(instance).stream()
              .max(Comparator.comparingLong(JobExecution::getExecutionId))
              .orElse(null);
      if (latest != null && leftUnfinished(latest.getBatchStatus())) {
        restarted.add(restart(operator, latest));
      }
    }
    return restarted;
  }

  /**
   * Restarts the execution from its last checkpoint with its own parameters; returns the new
   * execution's id. Records after the checkpoint are done again and are found published by their
   * external reference.
   */
  public long restart(JobOperator operator, JobExecution execution) {
    Properties parameters = new Properties();
    parameters.putAll(execution.getJobParameters());
    parameters.setProperty("jberet.restart.mode", "force");
    long id = operator.restart(execution.getExecutionId(), parameters);
    LOG.info(() -> "bulk run execution " + execution.getExecutionId() + " restarted as " + id);
    return id;
  }

  /** Whether an execution in this state at start-up was cut off by a crash. */
  static boolean leftUnfinished(BatchStatus status) {
    return status == BatchStatus.STARTING
        || status == BatchStatus.STARTED
        || status == BatchStatus.STOPPING;
  }
}
