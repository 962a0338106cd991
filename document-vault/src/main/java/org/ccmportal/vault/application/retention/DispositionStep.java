package org.ccmportal.vault.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;
import org.ccmportal.vault.domain.model.retention.Disposition;
import org.ccmportal.vault.domain.model.retention.LegalHolds;
import org.ccmportal.vault.domain.model.retention.RetentionRepository;

/**
 * Disposes of one document in its own transaction: checks again that its retention has passed, that
 * no legal hold applies and that no delivery or archive work is pending, records a DISPOSITION
 * event in the archive and removes the document's rows. The object is removed by the caller after
 * this commits, so a failure never leaves a row without its object.
 */
@ApplicationScoped
public class DispositionStep {

  /** What happened to one candidate. */
  public enum Outcome {
    DISPOSED,
    HELD,
    DEFERRED,
    GONE
  }

  /** The outcome and, when disposed, the object key that no document refers to any more. */
  public record Result(Outcome outcome, String objectToRemove) {}

  @Inject DocumentRepository documents;
  @Inject RetentionRepository retention;
  @Inject LegalHolds holds;
  @Inject ArchiveService archive;

  /** Ids of documents whose retain-until date is before {@code now}, at most {@code max}. */
  @Transactional
  public List<UUID> candidates(Instant now, int max) {
    return documents.findExpired(now, max).stream().map(Document::id).toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Result dispose(UUID documentId, Instant now) {
    Optional<Document> found = retention.lockForDisposal(documentId);
    if (found.isEmpty()) {
      return new Result(Outcome.GONE, null);
    }
    Document d = found.get();
    if (d.retainUntil() == null || !d.retainUntil().isBefore(now)) {
      return new Result(Outcome.DEFERRED, null);
    }
    if (!Disposition.isDue(d.id(), d.customerId(), d.retainUntil(), now, holds)) {
      return new Result(Outcome.HELD, null);
    }
    if (retention.hasPendingWork(d.id())) {
      return new Result(Outcome.DEFERRED, null);
    }
    archive.append(entry(d, now));
    retention.removeDocument(d.id());
    String key = d.object().key();
    return new Result(Outcome.DISPOSED, retention.isObjectReferenced(key) ? null : key);
  }

  private static ArchiveEntry entry(Document d, Instant now) {
    String json =
        Json.createObjectBuilder()
            .add("documentId", d.id().toString())
            .add("documentType", d.type().name())
            .add("externalReference", d.externalReference())
            .add("contentSha256", d.object().sha256())
            .add("objectKey", d.object().key())
            .add("issuedAt", d.issuedAt().toString())
            .add("retainUntil", d.retainUntil().toString())
            .add("disposedAt", now.toString())
            .add("reason", "retention period passed, no legal hold")
            .build()
            .toString();
    return new ArchiveEntry(
        "disposition:" + d.id(),
        "DISPOSITION",
        d.customerId(),
        d.type().category().name(),
        null,
        d.templateId(),
        d.templateVersion(),
        d.dataSha256(),
        null,
        now,
        "application/json",
        json.getBytes(StandardCharsets.UTF_8));
  }
}
