package org.ccmportal.vault.application.templates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.domain.model.document.StoredObject;
import org.ccmportal.vault.domain.model.template.DocumentRenderer;
import org.ccmportal.vault.domain.model.template.TemplateDecision;
import org.ccmportal.vault.domain.model.template.TemplateNotFoundException;
import org.ccmportal.vault.domain.model.template.TemplateStateException;
import org.ccmportal.vault.domain.model.template.TemplateVersion;
import org.ccmportal.vault.domain.model.template.TemplateVersionRepository;
import org.ccmportal.vault.domain.model.template.diff.TextDiff;
import org.ccmportal.vault.infrastructure.fop.BuiltInTemplates;

/**
 * Template versions through their lifecycle. Publishers write drafts and submit them; a draft that
 * does not compile or cannot render its sample data cannot be submitted. Approvers who did not
 * write a version approve or reject it; every decision is archived (kind {@code
 * TEMPLATE_DECISION}). Approving a version retires the one in force before it, in the same
 * transaction.
 */
@ApplicationScoped
public class TemplateService {
  private static final Logger LOG = Logger.getLogger(TemplateService.class.getName());
  private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  @Inject TemplateVersionRepository versions;
  @Inject DocumentRenderer renderer;
  @Inject ArchiveService archive;

  /** All templates (back-office roles). */
  @Transactional
  public List<TemplateViews.Summary> templates(Actor actor) {
    requireAny(actor, "publisher", "approver", "admin");
    List<TemplateViews.Summary> result = new ArrayList<>();
    for (String id : versions.templateIds()) {
      List<TemplateVersion> all = versions.versions(id);
      TemplateVersion latest = all.get(0);
      Integer approved = versions.approved(id).map(TemplateVersion::version).orElse(null);
      result.add(new TemplateViews.Summary(id, approved, latest.version(), latest.status().name()));
    }
    return result;
  }

  /** The versions of one template, newest first, with their decisions. */
  @Transactional
  public List<TemplateViews.Version> versions(Actor actor, String templateId) {
    requireAny(actor, "publisher", "approver", "admin");
    List<TemplateVersion> all = versions.versions(checkedId(templateId));
    if (all.isEmpty()) {
      throw new TemplateNotFoundException("no template " + templateId);
    }
    return all.stream()
        .map(v -> TemplateViews.Version.of(v, versions.decisions(v.id()), false))
        .toList();
  }

  /** One version with its text and sample data. */
  @Transactional
  public TemplateViews.Version version(Actor actor, String templateId, int version) {
    requireAny(actor, "publisher", "approver", "admin");
    TemplateVersion v = find(templateId, version);
    return TemplateViews.Version.of(v, versions.decisions(v.id()), true);
  }

  /**
   * What a version changes, line by line in its XSLT and sample data, compared with the version it
   * would replace: the version in force (APPROVED) when that is another version, else the nearest
   * lower version number; a first version is compared with nothing. Same access as reading a
   * version: back-office roles only.
   */
  @Transactional
  public TemplateDiff diff(Actor actor, String templateId, int version) {
    requireAny(actor, "publisher", "approver", "admin");
    TemplateVersion v = find(templateId, version);
    TemplateVersion base =
        versions
            .approved(v.templateId())
            .filter(approved -> approved.version() != v.version())
            .or(
                () ->
                    versions.versions(v.templateId()).stream()
                        .filter(other -> other.version() < v.version())
                        .findFirst()) // newest first
            .orElse(null);
    return new TemplateDiff(
        v.templateId(),
        v.version(),
        v.status().name(),
        base == null ? null : base.version(),
        base == null ? null : base.status().name(),
        TextDiff.between(base == null ? null : base.xslt(), v.xslt()),
        TextDiff.between(base == null ? null : base.sampleData(), v.sampleData()));
  }

  /**
   * A new draft: from the given text and sample data, or (when {@code xslt} is null) a copy of the
   * template's latest version. The version number is the next free one.
   */
  @Transactional
  public TemplateViews.Version createDraft(
      Actor actor, String templateId, String xslt, String sampleData) {
    requireAny(actor, "publisher");
    String id = checkedId(templateId);
    int latest = versions.latestVersionNumber(id);
    String text = xslt;
    String sample = sampleData;
    if (text == null) {
      if (latest == 0) {
        throw new InvalidRequestException("xslt", "xslt is required for a new template");
      }
      TemplateVersion base = find(id, latest);
      text = base.xslt();
      sample = sample == null ? base.sampleData() : sample;
    }
    TemplateVersion draft =
        TemplateVersion.draft(
            id, latest + 1, text, checkedSample(sample), actor.subject(), Instant.now());
    versions.add(draft);
    LOG.info(() -> "template " + id + " v" + draft.version() + " drafted by " + actor.subject());
    return TemplateViews.Version.of(draft, List.of(), true);
  }

  /** Changes a draft's text and sample data (its author only). */
  @Transactional
  public TemplateViews.Version edit(
      Actor actor, String templateId, int version, String xslt, String sampleData) {
    requireAny(actor, "publisher");
    TemplateVersion v = findForUpdate(templateId, version);
    v.edit(
        actor,
        xslt == null ? v.xslt() : xslt,
        sampleData == null ? v.sampleData() : checkedSample(sampleData),
        Instant.now());
    return TemplateViews.Version.of(v, List.of(), true);
  }

  /** Submits a draft for review once it compiles and renders its sample data. */
  @Transactional
  public TemplateViews.Version submit(Actor actor, String templateId, int version) {
    requireAny(actor, "publisher");
    TemplateVersion v = findForUpdate(templateId, version);
    if (!v.author().equals(actor.subject())) {
      throw new AccessDeniedException("only the author of a draft may submit it");
    }
    renderer.render(v.source(), parse(v.sampleData()), true); // RenderException: 400
    v.submit(actor, Instant.now());
    LOG.info(() -> "template " + v.templateId() + " v" + v.version() + " submitted");
    return TemplateViews.Version.of(v, versions.decisions(v.id()), false);
  }

  /** Approves a version in review; the version in force before it is retired. */
  @Transactional
  public TemplateViews.Version approve(
      Actor actor, String templateId, int version, String comment) {
    requireAny(actor, "approver");
    requireCommentLength(comment);
    TemplateVersion v = findForUpdate(templateId, version);
    Instant now = Instant.now();
    TemplateDecision decision;
    try {
      // retire first: the database allows one APPROVED version per template; a refusal below rolls
      // the whole step back
      versions
          .approved(v.templateId())
          .filter(previous -> !previous.id().equals(v.id()))
          .ifPresent(
              previous -> {
                previous.retire(now);
                versions.flush();
              });
      decision = v.approve(actor, comment, now);
      versions.flush();
    } catch (PersistenceException e) {
      if (!isConcurrentApproval(e)) {
        throw e;
      }
      LOG.info(() -> "template " + v.templateId() + " v" + v.version() + " approval lost a race");
      throw new TemplateStateException(
          "another version of template "
              + v.templateId()
              + " was approved at the same time; reload the template and decide again");
    }
    versions.add(decision);
    archive(v, decision);
    LOG.info(() -> "template " + v.templateId() + " v" + v.version() + " approved");
    return TemplateViews.Version.of(v, versions.decisions(v.id()), false);
  }

  /** The longest review comment (the decision's column). */
  static final int MAX_COMMENT = 2000;

  private static void requireCommentLength(String comment) {
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new InvalidRequestException(
          "comment", "comment must be at most " + MAX_COMMENT + " characters");
    }
  }

  /** Rejects a version in review, with a comment saying why. */
  @Transactional
  public TemplateViews.Version reject(Actor actor, String templateId, int version, String comment) {
    requireAny(actor, "approver");
    requireCommentLength(comment);
    TemplateVersion v = findForUpdate(templateId, version);
    TemplateDecision decision = v.reject(actor, comment, Instant.now());
    versions.add(decision);
    archive(v, decision);
    LOG.info(() -> "template " + v.templateId() + " v" + v.version() + " rejected");
    return TemplateViews.Version.of(v, versions.decisions(v.id()), false);
  }

  /**
   * A PDF of any version marked PREVIEW on every page, from its sample data or the given data.
   * Nothing is stored.
   */
  @Transactional
  public byte[] preview(Actor actor, String templateId, int version, JsonObject data) {
    requireAny(actor, "publisher", "approver");
    TemplateVersion v = find(templateId, version);
    return renderer.render(v.source(), data != null ? data : parse(v.sampleData()), true);
  }

  /** Seeds each built-in template as approved version 1 by "system" when it has no version yet. */
  @Transactional
  public int seedBuiltIns() {
    int seeded = 0;
    for (String id : BuiltInTemplates.ids()) {
      if (versions.latestVersionNumber(id) == 0) {
        versions.add(
            TemplateVersion.builtIn(
                id,
                1,
                BuiltInTemplates.builtIn(id).xslt(),
                BuiltInTemplates.sample(id),
                Instant.now()));
        seeded++;
      }
    }
    return seeded;
  }

  /**
   * Whether a flush failed because another approval of the same template committed first: the
   * version in force was retired by it (optimistic lock) or the one-approved-version index refused
   * a second APPROVED version (SQL state 23505).
   */
  private static boolean isConcurrentApproval(PersistenceException e) {
    if (e instanceof OptimisticLockException) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private void archive(TemplateVersion v, TemplateDecision decision) {
    String json =
        Json.createObjectBuilder()
            .add("templateId", v.templateId())
            .add("version", v.version())
            .add("author", v.author())
            .add("reviewer", decision.reviewer())
            .add("decision", decision.outcome().name())
            .add("comment", decision.comment() == null ? "" : decision.comment())
            .add("decidedAt", decision.decidedAt().toString())
            .add("xsltSha256", StoredObject.sha256Of(v.xslt().getBytes(StandardCharsets.UTF_8)))
            .build()
            .toString();
    archive.append(
        new ArchiveEntry(
            "template-decision:" + decision.id(),
            "TEMPLATE_DECISION",
            null,
            null,
            null,
            v.templateId(),
            v.version(),
            null,
            null,
            decision.decidedAt(),
            "application/json",
            json.getBytes(StandardCharsets.UTF_8)));
  }

  private TemplateVersion find(String templateId, int version) {
    return versions
        .find(checkedId(templateId), version)
        .orElseThrow(() -> notFound(templateId, version));
  }

  private TemplateVersion findForUpdate(String templateId, int version) {
    return versions
        .findForUpdate(checkedId(templateId), version)
        .orElseThrow(() -> notFound(templateId, version));
  }

  private static TemplateNotFoundException notFound(String templateId, int version) {
    return new TemplateNotFoundException("no version " + version + " of template " + templateId);
  }

  private static String checkedId(String templateId) {
    if (templateId == null || !TEMPLATE_ID.matcher(templateId).matches()) {
      throw new InvalidRequestException(
          "templateId", "templateId must be 1-64 lower-case letters, digits or '-'");
    }
    return templateId;
  }

  private static String checkedSample(String sample) {
    if (sample == null || sample.isBlank()) {
      return "{}";
    }
    parse(sample);
    return sample;
  }

  static JsonObject parse(String sample) {
    try (JsonReader reader = Json.createReader(new StringReader(sample))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidRequestException("sampleData", "sampleData must be a JSON object");
    }
  }

  private static void requireAny(Actor actor, String... roles) {
    for (String role : roles) {
      if (actor.hasRole(role)) {
        return;
      }
    }
    throw new AccessDeniedException("this needs one of the roles " + String.join(", ", roles));
  }
}
