package org.ccmportal.vault.infrastructure.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublishOutcome;
import org.ccmportal.vault.api.PublishingFacade;
import org.ccmportal.vault.application.bulk.BulkLine;

/**
 * Publishes each record of the chunk through the publishing use case (render, store, record), which
 * answers a record whose external reference was published before with that document: a record done
 * again after a restart, or sent twice, is never a second document. A record the use case refuses
 * (bad field, data the template cannot render) is counted with its reason; anything else (storage
 * or database down) fails the chunk, and the run can be restarted from its checkpoint.
 */
@Named
@Dependent
public class BulkPublishWriter extends AbstractItemWriter {
  @Inject
  @BatchProperty(name = "submittedBy")
  String submittedBy;

  @Inject StepContext step;
  @Inject PublishingFacade publishing;

  @Override
  public void writeItems(List<Object> items) {
    // the submitter was checked to be a publisher when the run was accepted
    Actor actor = new Actor("bulk:" + submittedBy, null, Set.of("publisher"));
    var progress = BulkSteps.progress(step);
    List<BulkLine> lines = items.stream().map(BulkLine.class::cast).toList();
    List<PublishOutcome> outcomes =
        publishing.publishAll(actor, lines.stream().map(BulkLine::command).toList());
    for (int i = 0; i < lines.size(); i++) {
      PublishOutcome outcome = outcomes.get(i);
      if (outcome.isPublished()) {
        progress.published();
      } else if (outcome.refusal() instanceof InvalidRequestException e) {
        progress.refused(lines.get(i).number(), e.field(), e.getMessage());
      } else {
        progress.refused(
            lines.get(i).number(),
            "data",
            "could not be rendered: " + outcome.refusal().getMessage());
      }
    }
    BulkSteps.save(step);
  }
}
