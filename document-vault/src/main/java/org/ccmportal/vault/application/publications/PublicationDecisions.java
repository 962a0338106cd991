package org.ccmportal.vault.application.publications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.PublicationRuleException;
import org.ccmportal.vault.api.PublicationView;
import org.ccmportal.vault.domain.model.document.StoredObject;
import org.ccmportal.vault.domain.model.publication.Publication;
import org.ccmportal.vault.domain.model.publication.PublicationRepository;

/**
 * Maker-checker decisions on publications. Each decision is archived in the same transaction (kind
 * {@code PUBLICATION_DECISION}) with who made and who checked it, the reason, and the SHA-256 of
 * the audience and of the data, so the archive proves what exactly was approved.
 */
@ApplicationScoped
@Transactional
public class PublicationDecisions {
  private static final Logger LOG = Logger.getLogger(PublicationDecisions.class.getName());

  @Inject PublicationRepository publications;
  @Inject PublicationViews views;
  @Inject ArchiveService archive;

  /** SUBMITTED to APPROVED; the template version must still be the approved one. */
  public void approve(Actor actor, long id) {
    PublicationRoles.requireAny(actor, "approver");
    Publication p = forUpdate(id);
    if (!views.inForce(p)) {
      throw new PublicationRuleException("templateVersion", views.waitingForTemplate(p));
    }
    p.approve(actor, Instant.now());
    archive(p);
    LOG.info(() -> "publication " + id + " approved");
  }

  /** SUBMITTED to REJECTED, with the reason. */
  public void reject(Actor actor, long id, String reason) {
    PublicationRoles.requireAny(actor, "approver");
    Publication p = forUpdate(id);
    p.reject(actor, reason, Instant.now());
    archive(p);
    LOG.info(() -> "publication " + id + " rejected");
  }

  public PublicationView view(long id) {
    return views.view(
        publications.find(id).orElseThrow(() -> DefaultPublicationService.notFound(id)));
  }

  private Publication forUpdate(long id) {
    return publications.findForUpdate(id).orElseThrow(() -> DefaultPublicationService.notFound(id));
  }

  private void archive(Publication p) {
    String json =
        Json.createObjectBuilder()
            .add("publicationId", p.id())
            .add("title", p.title())
            .add("documentType", p.documentType().name())
            .add("templateId", p.templateId())
            .add("templateVersion", p.templateVersion())
            .add("createdBy", p.createdBy())
            .add("decidedBy", p.decidedBy())
            .add("decision", p.state().name())
            .add("reason", p.rejectionReason() == null ? "" : p.rejectionReason())
            .add("decidedAt", p.decidedAt().toString())
            .add("scheduledAt", p.scheduledAt() == null ? "" : p.scheduledAt().toString())
            .add("recipients", p.recipientCount())
            .add("audienceSha256", audienceSha256(p.id()))
            .build()
            .toString();
    archive.append(
        new ArchiveEntry(
            "publication-decision:" + p.id(),
            "PUBLICATION_DECISION",
            null,
            p.documentType().category().name(),
            null,
            p.templateId(),
            p.templateVersion(),
            StoredObject.sha256Of(p.data().getBytes(StandardCharsets.UTF_8)),
            null,
            p.decidedAt(),
            "application/json",
            json.getBytes(StandardCharsets.UTF_8)));
  }

  /** SHA-256 of the audience's customer ids in order, one per line. */
  private String audienceSha256(long id) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      publications.forEachRecipient(
          id, customerId -> sha.update((customerId + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
