package org.ccmportal.vault.application.publications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublicationFacade;
import org.ccmportal.vault.api.PublicationNotFoundException;
import org.ccmportal.vault.api.PublicationRequest;
import org.ccmportal.vault.api.PublicationRuleException;
import org.ccmportal.vault.api.PublicationSummary;
import org.ccmportal.vault.api.PublicationView;
import org.ccmportal.vault.domain.model.customer.CustomerProfileRepository;
import org.ccmportal.vault.domain.model.customer.Segment;
import org.ccmportal.vault.domain.model.publication.Audience;
import org.ccmportal.vault.domain.model.publication.Publication;
import org.ccmportal.vault.domain.model.publication.PublicationRepository;
import org.ccmportal.vault.domain.model.publication.PublicationState;
import org.ccmportal.vault.domain.model.template.DocumentRenderer;
import org.ccmportal.vault.domain.model.template.TemplateStatus;
import org.ccmportal.vault.domain.model.template.TemplateVersion;
import org.ccmportal.vault.domain.model.template.TemplateVersionRepository;

/**
 * Publications for the back office. Only an APPROVED template version of the document type's own
 * template can be published (documents of a type are always rendered with the version in force of
 * that type's template); the audience is validated and de-duplicated before anything is stored.
 */
@ApplicationScoped
public class DefaultPublicationService implements PublicationFacade {
  private static final Logger LOG = Logger.getLogger(DefaultPublicationService.class.getName());
  private static final int LIST_MAX = 500;

  @Inject PublicationRepository publications;
  @Inject TemplateVersionRepository templates;
  @Inject DocumentRenderer renderer;
  @Inject PublicationDecisions decisions;
  @Inject PublicationRunner runner;
  @Inject PublicationViews views;
  @Inject CustomerProfileRepository profiles;

  @Override
  @Transactional
  public PublicationView create(Actor actor, PublicationRequest request) {
    PublicationRoles.requireAny(actor, "publisher");
    if (request == null) {
      throw new InvalidRequestException("body", "a JSON object is required");
    }
    String title = title(request.title());
    DocumentType type = documentType(request.documentType());
    TemplateVersion version =
        approvedVersion(type, request.templateId(), request.templateVersion());
    Segment segment = null;
    Audience audience;
    if (request.bySegment()) {
      if (request.audience() != null && !request.audience().isEmpty()) {
        throw new InvalidRequestException(
            "audience", "give either an audience list or a segment, not both");
      }
      segment = Segment.of(request.segmentRegion(), request.segmentProduct());
      audience = segmentAudience(segment);
    } else {
      audience = Audience.of(request.audience());
    }
    Instant now = Instant.now();
    if (request.scheduledAt() != null && !request.scheduledAt().isAfter(now)) {
      throw new InvalidRequestException(
          "scheduledAt", "scheduledAt must be in the future; leave it out to run on approval");
    }
    String data =
        request.data() != null ? request.data().toString() : sampleData(version.sampleData());
    Publication p =
        new Publication(
            title,
            type,
            version.templateId(),
            version.version(),
            data,
            request.scheduledAt(),
            audience.size(),
            segment == null ? null : segment.describe(),
            actor.subject(),
            now);
    publications.add(p, audience);
    LOG.info(
        () ->
            "publication "
                + p.id()
                + " created: "
                + audience.size()
                + " recipients, template "
                + p.templateId()
                + " v"
                + p.templateVersion());
    return views.view(p);
  }

  /**
   * The segment's customers now, as the publication's recipients: later changes to profiles do not
   * change who an approved publication goes to.
   */
  private Audience segmentAudience(Segment segment) {
    List<String> members = profiles.members(segment, Audience.MAX + 1);
    if (members.isEmpty()) {
      throw new InvalidRequestException(
          "segment", "no customer is in the segment " + segment.describe());
    }
    if (members.size() > Audience.MAX) {
      throw new InvalidRequestException(
          "segment",
          "the segment " + segment.describe() + " has more than " + Audience.MAX + " customers");
    }
    return Audience.of(members);
  }

  @Override
  @Transactional
  public PublicationView submit(Actor actor, long id) {
    PublicationRoles.requireAny(actor, "publisher");
    Publication p = forUpdate(id);
    p.submit(actor);
    LOG.info(() -> "publication " + id + " submitted");
    return views.view(p);
  }

  /**
   * Approves in its own transaction, then starts the publication at once when it is due. The
   * approval stands if the start fails (storage down, say): the scheduler starts it on its next
   * pass.
   */
  @Override
  public PublicationView approve(Actor actor, long id) {
    decisions.approve(actor, id);
    try {
      runner.startIfDue(id);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "publication " + id + " approved; start left to the scheduler", e);
    }
    return decisions.view(id);
  }

  @Override
  public PublicationView reject(Actor actor, long id, String reason) {
    decisions.reject(actor, id, reason);
    return decisions.view(id);
  }

  @Override
  @Transactional
  public PublicationView find(Actor actor, long id) {
    PublicationRoles.requireBackOffice(actor);
    return views.view(publications.find(id).orElseThrow(() -> notFound(id)));
  }

  @Override
  @Transactional
  public List<PublicationSummary> list(Actor actor, String state) {
    PublicationRoles.requireBackOffice(actor);
    PublicationState filter = null;
    if (state != null && !state.isBlank()) {
      try {
        filter = PublicationState.valueOf(state.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(
            "state", "state must be one of " + Arrays.toString(PublicationState.values()));
      }
    }
    return publications.list(filter, LIST_MAX).stream().map(PublicationViews::summary).toList();
  }

  @Override
  @Transactional
  public byte[] preview(Actor actor, long id, String customerId) {
    PublicationRoles.requireBackOffice(actor);
    if (customerId == null || customerId.isBlank()) {
      throw new InvalidRequestException("customerId", "customerId (a recipient) is required");
    }
    Publication p = publications.find(id).orElseThrow(() -> notFound(id));
    if (!publications.isRecipient(id, customerId.strip())) {
      throw new PublicationNotFoundException(
          "customerId " + customerId.strip() + " is not in the audience of publication " + id);
    }
    TemplateVersion version =
        templates
            .find(p.templateId(), p.templateVersion())
            .orElseThrow(() -> new IllegalStateException("template version of " + id + " gone"));
    return renderer.render(version.source(), parse(p.data(), "data"), true);
  }

  private Publication forUpdate(long id) {
    return publications.findForUpdate(id).orElseThrow(() -> notFound(id));
  }

  static PublicationNotFoundException notFound(long id) {
    return new PublicationNotFoundException("no publication " + id);
  }

  private static String title(String title) {
    if (title == null || title.isBlank()) {
      throw new InvalidRequestException("title", "title is required");
    }
    if (title.strip().length() > 200) {
      throw new InvalidRequestException("title", "title must be at most 200 characters");
    }
    return title.strip();
  }

  private static DocumentType documentType(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(
          "documentType",
          "documentType is required, one of " + Arrays.toString(DocumentType.values()));
    }
    try {
      return DocumentType.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "documentType", "documentType must be one of " + Arrays.toString(DocumentType.values()));
    }
  }

  /** The requested version, which must exist, belong to the type's template and be APPROVED. */
  private TemplateVersion approvedVersion(DocumentType type, String templateId, Integer number) {
    String template = templateId == null || templateId.isBlank() ? type.templateId() : templateId;
    if (!template.equals(type.templateId())) {
      throw new PublicationRuleException(
          "templateId",
          "documents of type " + type + " are rendered with template " + type.templateId());
    }
    if (number == null) {
      throw new InvalidRequestException(
          "templateVersion", "templateVersion (an approved version number) is required");
    }
    TemplateVersion version =
        templates
            .find(template, number)
            .orElseThrow(
                () ->
                    new PublicationRuleException(
                        "templateVersion", "template " + template + " has no version " + number));
    if (version.status() != TemplateStatus.APPROVED) {
      throw new PublicationRuleException(
          "templateVersion",
          "template "
              + template
              + " version "
              + number
              + " is "
              + version.status()
              + ": only the APPROVED version can be published");
    }
    return version;
  }

  private static String sampleData(String sample) {
    return parse(sample, "data").toString();
  }

  static JsonObject parse(String json, String field) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidRequestException(field, field + " must be a JSON object");
    }
  }
}
