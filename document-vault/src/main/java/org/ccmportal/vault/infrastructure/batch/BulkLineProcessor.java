package org.ccmportal.vault.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccmportal.vault.api.BulkFormat;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.application.bulk.BulkLine;
import org.ccmportal.vault.application.bulk.BulkRecordParser;

/** Reads the publish command of a line; a line that cannot be read is refused with its reason. */
@Named
@Dependent
public class BulkLineProcessor implements ItemProcessor {
  @Inject
  @BatchProperty(name = "format")
  String format;

  @Inject StepContext step;

  @Override
  public Object processItem(Object item) {
    BulkLine line = (BulkLine) item;
    try {
      return line.withCommand(BulkRecordParser.parse(BulkFormat.valueOf(format), line.text()));
    } catch (InvalidRequestException e) {
      BulkSteps.progress(step).refused(line.number(), e.field(), e.getMessage());
      BulkSteps.save(step);
      return null;
    }
  }
}
