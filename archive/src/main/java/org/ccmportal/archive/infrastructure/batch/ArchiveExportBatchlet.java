package org.ccmportal.archive.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.ccmportal.archive.application.RegulatorRequests;

/** The one step of job {@code archive-export}: builds the package of an approved request. */
@Named("archiveExportBatchlet")
@Dependent
public class ArchiveExportBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "requestId")
  String requestId;

  @Inject RegulatorRequests requests;

  @Override
  public String process() {
    return requests.runExport(UUID.fromString(requestId));
  }
}
