package org.ccmportal.vault.infrastructure.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccmportal.vault.application.bulk.BulkUploads;

/** Deletes the run's file once every record is done; a failed run keeps it for its restart. */
@Named
@Dependent
public class BulkUploadCleanup extends AbstractBatchlet {
  @Inject
  @BatchProperty(name = "upload")
  String upload;

  @Override
  public String process() {
    BulkUploads.delete(upload);
    return "DELETED";
  }
}
