package org.ccmportal.portal.interfaces.web.publications;

import jakarta.faces.context.FacesContext;
import jakarta.faces.flow.FlowScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.CustomerProfileFacade;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.api.PublicationAudience;
import org.ccmportal.vault.api.PublicationFacade;
import org.ccmportal.vault.api.PublicationRequest;
import org.ccmportal.vault.api.PublicationRuleException;
import org.ccmportal.vault.api.PublicationView;
import org.ccmportal.vault.application.templates.TemplateService;
import org.ccmportal.vault.application.templates.TemplateViews;
import org.ccmportal.vault.domain.model.template.RenderException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The state of the publication wizard (one per browser window): the approved template version
 * (which gives the document type), title and data; the audience, typed or from a text file with one
 * customer id per line; the schedule (now, or a later time in UTC) and a PREVIEW of the document.
 * The last step creates the publication and submits it to the approvers; every rule is checked by
 * the publication use case, whose message is shown at the field it names.
 */
@Named
@FlowScoped(PublicationWizardFlow.ID)
public class CreatePublication implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest audience file the page takes (100,000 ids fit in about 2 MB). */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  @Inject transient PublicationFacade publications;
  @Inject transient TemplateService templates;
  @Inject transient Actor actor;
  @Inject transient CustomerProfileFacade profiles;

  private String choice;
  private String title;
  private String data;
  private String audience;
  private transient UploadedFile audienceFile;
  private String segmentRegion;
  private String segmentProduct;
  private long segmentSize;
  private boolean later;
  private LocalDateTime scheduledAt;

  /** An approved template version and the document type it renders. */
  public record Choice(String key, String label) implements Serializable {}

  /** The APPROVED version of each document type's template. */
  public List<Choice> getChoices() {
    List<Choice> choices = new ArrayList<>();
    for (TemplateViews.Summary t : templates.templates(actor)) {
      if (t.approvedVersion() == null) {
        continue;
      }
      for (DocumentType type : DocumentType.values()) {
        if (type.templateId().equals(t.templateId())) {
          choices.add(
              new Choice(
                  type.name() + ":" + t.templateId() + ":" + t.approvedVersion(),
                  PublicationPages.text(
                      "publication.wizard.choice",
                      PublicationPages.text("publication.type." + type.name()),
                      t.templateId(),
                      t.approvedVersion())));
        }
      }
    }
    return choices;
  }

  /** Step 1 to 2: a template is chosen, a title given, the data is a JSON object. */
  public String toAudience() {
    if (choice == null || choice.split(":").length != 3) {
      PublicationPages.error("wizard:choice", PublicationPages.text("publication.wizard.noChoice"));
      return null;
    }
    if (title == null || title.isBlank()) {
      PublicationPages.error("wizard:title", PublicationPages.text("publication.wizard.noTitle"));
      return null;
    }
    if (data == null || data.isBlank()) {
      data = templates.version(actor, templateId(), templateVersion()).sampleData();
    }
    if (json(data) == null) {
      PublicationPages.error("wizard:data", PublicationPages.text("publication.wizard.badData"));
      return null;
    }
    return "audience";
  }

  /** Step 2 to 3: the uploaded file's ids are added to the typed ones; there is at least one. */
  public String toSchedule() {
    if (audienceFile != null && audienceFile.getSize() > 0) {
      if (audienceFile.getSize() > MAX_FILE_BYTES) {
        PublicationPages.error(
            "wizard:file", PublicationPages.text("publication.wizard.fileTooLarge"));
        return null;
      }
      try (InputStream in = audienceFile.getInputStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        audience = (audience == null || audience.isBlank() ? "" : audience + "\n") + text;
      } catch (IOException e) {
        PublicationPages.error("wizard:file", PublicationPages.text("publication.wizard.badFile"));
        return null;
      } finally {
        audienceFile = null;
      }
    }
    if (isBySegment()) {
      if (audience != null && !audience.isBlank()) {
        PublicationPages.error(
            "wizard:region", PublicationPages.text("publication.wizard.segmentOrList"));
        return null;
      }
      try {
        segmentSize = profiles.segmentSize(actor, segmentRegion, segmentProduct);
      } catch (InvalidRequestException e) {
        PublicationPages.error(
            "wizard:" + ("segment.product".equals(e.field()) ? "product" : "region"),
            e.getMessage());
        return null;
      }
      if (segmentSize == 0) {
        PublicationPages.error(
            "wizard:region", PublicationPages.text("publication.wizard.emptySegment"));
        return null;
      }
      return "schedule";
    }
    if (getRecipients() == 0) {
      PublicationPages.error(
          "wizard:audience", PublicationPages.text("publication.wizard.noAudience"));
      return null;
    }
    return "schedule";
  }

  /** Whether the audience is a segment (a region or a product was given). */
  public boolean isBySegment() {
    return (segmentRegion != null && !segmentRegion.isBlank())
        || (segmentProduct != null && !segmentProduct.isBlank());
  }

  /** Distinct non-blank entries typed or uploaded so far, or the segment's size. */
  public long getRecipients() {
    if (isBySegment()) {
      return segmentSize;
    }
    return listed();
  }

  private int listed() {
    List<String> lines = PublicationAudience.lines(audience == null ? "" : audience);
    Set<String> ids = new LinkedHashSet<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        ids.add(line.strip());
      }
    }
    return ids.size();
  }

  /** The document as a recipient would get it, marked PREVIEW; nothing is stored. */
  public StreamedContent getPreview() {
    try {
      byte[] pdf = templates.preview(actor, templateId(), templateVersion(), json(data));
      return DefaultStreamedContent.builder()
          .name("publication-preview.pdf")
          .contentType("application/pdf")
          .stream(() -> new ByteArrayInputStream(pdf))
          .build();
    } catch (RenderException e) {
      PublicationPages.error(null, e.getMessage());
      return null;
    }
  }

  /** Creates the publication and submits it for approval, then leaves the wizard. */
  public String createAndSubmit() {
    if (later && scheduledAt == null) {
      PublicationPages.error("wizard:when", PublicationPages.text("publication.wizard.noTime"));
      return null;
    }
    try {
      PublicationView created =
          publications.create(
              actor,
              new PublicationRequest(
                  title,
                  choice.split(":")[0],
                  templateId(),
                  templateVersion(),
                  isBySegment() ? null : PublicationAudience.lines(audience),
                  later ? scheduledAt.toInstant(ZoneOffset.UTC) : null,
                  json(data),
                  isBySegment() ? segmentRegion : null,
                  isBySegment() ? segmentProduct : null));
      publications.submit(actor, created.id());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      PublicationPages.info("publication.msg.created", created.id(), created.counts().recipients());
      return "done";
    } catch (InvalidRequestException e) {
      PublicationPages.error(null, field(e.field()) + e.getMessage());
    } catch (PublicationRuleException e) {
      PublicationPages.error(null, field(e.field()) + e.getMessage());
    } catch (AccessDeniedException e) {
      PublicationPages.error(null, e.getMessage());
    }
    return null;
  }

  private static String field(String field) {
    return field == null ? "" : PublicationPages.text("publication.wizard.field", field);
  }

  private String templateId() {
    return choice.split(":")[1];
  }

  private int templateVersion() {
    return Integer.parseInt(choice.split(":")[2]);
  }

  private static JsonObject json(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getData() {
    return data;
  }

  public void setData(String data) {
    this.data = data;
  }

  public String getSegmentRegion() {
    return segmentRegion;
  }

  public void setSegmentRegion(String segmentRegion) {
    this.segmentRegion = segmentRegion;
  }

  public String getSegmentProduct() {
    return segmentProduct;
  }

  public void setSegmentProduct(String segmentProduct) {
    this.segmentProduct = segmentProduct;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public UploadedFile getAudienceFile() {
    return audienceFile;
  }

  public void setAudienceFile(UploadedFile audienceFile) {
    this.audienceFile = audienceFile;
  }

  public boolean isLater() {
    return later;
  }

  public void setLater(boolean later) {
    this.later = later;
  }

  public LocalDateTime getScheduledAt() {
    return scheduledAt;
  }

  public void setScheduledAt(LocalDateTime scheduledAt) {
    this.scheduledAt = scheduledAt;
  }
}
