package org.ccmportal.vault.application.publications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.vault.domain.model.publication.MarketingScreening;
import org.ccmportal.vault.domain.model.publication.Publication;
import org.ccmportal.vault.domain.model.publication.PublicationRepository;
import org.ccmportal.vault.domain.model.publication.PublicationState;
import org.ccmportal.vault.domain.model.publication.SkipReason;

/** The transactional steps of running a publication (see {@link PublicationRunner}). */
@ApplicationScoped
@Transactional
public class PublicationSteps {
  private static final Logger LOG = Logger.getLogger(PublicationSteps.class.getName());

  /**
   * One factory for all records: {@code Json.createObjectBuilder()} looks the JSON provider up
   * through the class loader on every call, which dominated writing 100,000 records.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Inject PublicationRepository publications;
  @Inject PublicationViews views;
  @Inject ConsentService consents;

  /** The records of a due publication, ready for its bulk run. */
  record Prepared(long publicationId, Path ndjson, long records) {}

  /**
   * Screens the recipients of a due publication (marketing: hold, then consent, as they stand now)
   * and writes one NDJSON record per remaining recipient, with the external reference {@code
   * pub:<publicationId>:<customerId>}. Empty when it is not due, or its template version is no
   * longer in force (it then waits, and the API says why).
   */
  public Optional<Prepared> prepare(long id, Instant now) {
    Publication p = publications.findForUpdate(id).orElse(null);
    if (p == null || !p.isDue(now)) {
      return Optional.empty();
    }
    if (!views.inForce(p)) {
      LOG.warning("publication " + id + " not started: its template version is no longer in force");
      return Optional.empty();
    }
    if (p.documentType().category() == Category.MARKETING) {
      screen(p);
    }
    JsonObject data = DefaultPublicationService.parse(p.data(), "data");
    try {
      Path file = Files.createTempFile("ccm-publication-" + id + "-", ".ndjson");
      long[] records = {0};
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        publications.forEachRecipient(
            id,
            customerId -> {
              String line =
                  JSON.createObjectBuilder()
                      .add("customerId", customerId)
                      .add("documentType", p.documentType().name())
                      .add("externalReference", p.externalReference(customerId))
                      .add("title", p.title())
                      .add("data", data)
                      .build()
                      .toString();
              try {
                out.write(line);
                out.write('\n');
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              records[0]++;
            });
      }
      return Optional.of(new Prepared(id, file, records[0]));
    } catch (IOException e) {
      throw new UncheckedIOException("records of publication " + id + " could not be written", e);
    }
  }

  /** RUNNING from now on, its documents made by the bulk run (null: nobody left to publish to). */
  public boolean started(long id, Long bulkRunId, Instant now) {
    Publication p = publications.findForUpdate(id).orElse(null);
    if (p == null || !p.isDue(now)) {
      return false;
    }
    p.start(bulkRunId, now);
    if (bulkRunId == null) {
      p.complete(now);
    }
    return true;
  }

  /**
   * Records why its start failed, while it is still APPROVED (it is tried again); returns how many
   * starts have failed in a row (0: not recorded, it is no longer approved).
   */
  public int startFailed(long id, String reason, Instant now) {
    Publication p = publications.findForUpdate(id).orElse(null);
    if (p == null || p.state() != PublicationState.APPROVED) {
      return 0;
    }
    p.startFailed(reason, now);
    return p.startFailures();
  }

  /** COMPLETED, when it is still RUNNING. */
  public void completed(long id, Instant now) {
    publications
        .findForUpdate(id)
        .filter(p -> p.state() == PublicationState.RUNNING)
        .ifPresent(p -> p.complete(now));
  }

  private void screen(Publication p) {
    int held = publications.skipHeld(p.id());
    List<String> remaining = new ArrayList<>();
    publications.forEachRecipient(p.id(), remaining::add);
    int withoutConsent = 0;
    for (String customerId : remaining) {
      boolean granted =
          consents.current(customerId).values().stream()
              .anyMatch(
                  e ->
                      e.purpose().marketingChannel().isPresent()
                          && e.decision() == ConsentDecision.GRANTED);
      Optional<SkipReason> skip = MarketingScreening.skip(true, false, granted);
      if (skip.isPresent()) {
        publications.skip(p.id(), customerId, skip.get());
        withoutConsent++;
      }
    }
    int noConsent = withoutConsent;
    LOG.info(
        () ->
            "publication "
                + p.id()
                + " screened: "
                + held
                + " on marketing hold, "
                + noConsent
                + " without marketing consent");
  }
}
