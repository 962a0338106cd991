package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublishCommand;
import org.ccmportal.vault.api.PublishReceipt;
import org.ccmportal.vault.api.PublishingFacade;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentStore;
import org.ccmportal.vault.domain.model.document.StoredObject;
import org.ccmportal.vault.domain.model.template.DocumentRenderer;
import org.ccmportal.vault.domain.model.template.TemplateSource;

/**
 * Publishing: validate, render, store the bytes, then record the document and its work in one
 * transaction. The same external reference never makes two documents.
 */
@ApplicationScoped
public class DefaultPublishingService implements PublishingFacade {
  private static final Logger LOG = Logger.getLogger(DefaultPublishingService.class.getName());

  @Inject DocumentRenderer renderer;
  @Inject DocumentStore store;
  @Inject DocumentRecorder recorder;
  @Inject TemplateCatalog templates;

  @Override
  public PublishReceipt publish(Actor actor, PublishCommand command) {
    if (!actor.hasRole("publisher")) {
      throw new AccessDeniedException("publishing needs role publisher");
    }
    PublishCommandValidation.check(command);
    Optional<PublishReceipt> earlier = earlier(command);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    TemplateSource template = templates.current(command.documentType());
    byte[] pdf = renderer.render(template, command.data(), false);
    Instant now = Instant.now();
    Instant retainUntil = recorder.retainUntil(command.documentType(), now);
    StoredObject object = store.put(pdf, "application/pdf", retainUntil);
    Document document =
        new Document(
            DocumentRecorder.newId(),
            command.customerId(),
            command.documentType(),
            title(command),
            command.externalReference(),
            template.templateId(),
            template.version(),
            StoredObject.sha256Of(command.data().toString().getBytes(StandardCharsets.UTF_8)),
            object,
            now,
            retainUntil);
    try {
      recorder.record(document, now);
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      // a concurrent publish of the same reference won the race: answer with its document
      return earlier(command).orElseThrow(() -> e);
    }
    LOG.info(
        () ->
            "published document "
                + document.id()
                + " type="
                + document.type()
                + " size="
                + object.size());
    return new PublishReceipt(document.id(), object.sha256(), retainUntil, true);
  }

  private Optional<PublishReceipt> earlier(PublishCommand command) {
    return recorder
        .findByExternalReference(command.externalReference())
        .map(
            d -> {
              if (!d.customerId().equals(command.customerId())) {
                throw new InvalidRequestException(
                    "externalReference",
                    "externalReference was already used for another communication");
              }
              return new PublishReceipt(d.id(), d.object().sha256(), d.retainUntil(), false);
            });
  }

  private static String title(PublishCommand command) {
    if (command.title() != null && !command.title().isBlank()) {
      return command.title().strip();
    }
    return switch (command.documentType()) {
      case STATEMENT -> "Account statement";
      case REGULATORY_NOTICE -> "Notice";
      case POLICY_DOCUMENT -> "Policy document";
      case PAYMENT_REMINDER -> "Payment reminder";
      case PRIVACY_NOTICE -> "Privacy notice";
    };
  }
}
