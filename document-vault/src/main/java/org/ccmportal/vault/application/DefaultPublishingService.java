package org.ccmportal.vault.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublishCommand;
import org.ccmportal.vault.api.PublishOutcome;
import org.ccmportal.vault.api.PublishReceipt;
import org.ccmportal.vault.api.PublishingFacade;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentStore;
import org.ccmportal.vault.domain.model.document.StoredObject;
import org.ccmportal.vault.domain.model.template.DocumentRenderer;
import org.ccmportal.vault.domain.model.template.RenderException;
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

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Override
  public PublishReceipt publish(Actor actor, PublishCommand command) {
    requirePublisher(actor);
    return record(prepare(command), command);
  }

  @Override
  public List<PublishOutcome> publishAll(Actor actor, List<PublishCommand> commands) {
    requirePublisher(actor);
    List<Future<Prepared>> prepared = prepareInParallel(commands);
    List<PublishOutcome> outcomes = new ArrayList<>(commands.size());
    Map<String, PublishCommand> firstByReference = new HashMap<>();
    Map<String, PublishOutcome> byReference = new HashMap<>();
    for (int i = 0; i < commands.size(); i++) {
      PublishCommand command = commands.get(i);
      PublishOutcome outcome;
      try {
        Prepared ready = await(prepared.get(i));
        PublishOutcome first =
            command.externalReference() == null
                ? null
                : byReference.get(command.externalReference());
        if (first != null && first.isPublished()) {
          outcome =
              PublishOutcome.published(
                  sameCustomer(
                      first.receipt(), firstByReference.get(command.externalReference()), command));
        } else {
          outcome = PublishOutcome.published(record(ready, command));
        }
      } catch (InvalidRequestException | RenderException e) {
        outcome = PublishOutcome.refused(e);
      }
      if (command.externalReference() != null
          && !byReference.containsKey(command.externalReference())) {
        byReference.put(command.externalReference(), outcome);
        firstByReference.put(command.externalReference(), command);
      }
      outcomes.add(outcome);
    }
    return outcomes;
  }

  /**
   * Renders and stores the commands on up to {@link #threads()} threads of the managed executor,
   * each taking every n-th command; nothing here touches the caller's transaction.
   */
  private List<Future<Prepared>> prepareInParallel(List<PublishCommand> commands) {
    int threads = Math.min(threads(), commands.size());
    if (threads <= 1) {
      return commands.stream().map(this::now).toList();
    }
    List<CompletableFuture<Prepared>> futures = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      futures.add(new CompletableFuture<>());
    }
    for (int t = 0; t < threads; t++) {
      int first = t;
      executor.execute(
          () -> {
            for (int i = first; i < commands.size(); i += threads) {
              try {
                futures.get(i).complete(prepare(commands.get(i)));
              } catch (RuntimeException | Error e) {
                futures.get(i).completeExceptionally(e);
              }
            }
          });
    }
    return List.copyOf(futures);
  }

  private Future<Prepared> now(PublishCommand command) {
    try {
      return CompletableFuture.completedFuture(prepare(command));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static Prepared await(Future<Prepared> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("rendering failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    }
  }

  /** Threads for a bulk chunk: {@code CCM_RENDER_THREADS}, default the number of processors. */
  static int threads() {
    String configured = System.getenv("CCM_RENDER_THREADS");
    if (configured != null && configured.strip().matches("[1-9][0-9]{0,2}")) {
      return Integer.parseInt(configured.strip());
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Validates, renders and stores one command: everything but the database row. An earlier document
   * with the same external reference makes this a no-op that answers with it.
   */
  private Prepared prepare(PublishCommand command) {
    PublishCommandValidation.check(command);
    Optional<PublishReceipt> earlier = earlier(command);
    if (earlier.isPresent()) {
      return new Prepared(null, earlier.get());
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
    return new Prepared(document, null);
  }

  private PublishReceipt record(Prepared prepared, PublishCommand command) {
    if (prepared.earlier() != null) {
      return prepared.earlier();
    }
    Document document = prepared.document();
    try {
      recorder.record(document, document.issuedAt());
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
                + document.object().size());
    return new PublishReceipt(
        document.id(), document.object().sha256(), document.retainUntil(), true);
  }

  /** The first command's receipt for a repeated reference, if it is the same customer's. */
  private static PublishReceipt sameCustomer(
      PublishReceipt first, PublishCommand firstCommand, PublishCommand repeated) {
    if (!firstCommand.customerId().equals(repeated.customerId())) {
      throw new InvalidRequestException(
          "externalReference", "externalReference was already used for another communication");
    }
    return new PublishReceipt(first.documentId(), first.sha256(), first.retainUntil(), false);
  }

  private static void requirePublisher(Actor actor) {
    if (!actor.hasRole("publisher")) {
      throw new AccessDeniedException("publishing needs role publisher");
    }
  }

  /** A rendered and stored document not yet recorded, or the earlier receipt for its reference. */
  private record Prepared(Document document, PublishReceipt earlier) {}

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
      case MARKETING_OFFER -> "Offer";
    };
  }
}
