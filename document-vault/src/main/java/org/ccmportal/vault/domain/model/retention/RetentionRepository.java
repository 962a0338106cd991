package org.ccmportal.vault.domain.model.retention;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.RetentionRule;

/** Retention rules, retention events and what disposition needs to remove a document. */
public interface RetentionRepository {

  List<RetentionRule> rules();

  /** One rule, locked for update. */
  Optional<RetentionRule> ruleForUpdate(DocumentType type);

  void add(RetentionEvent event);

  /** The customer's documents of this type still waiting for their event, locked for update. */
  List<Waiting> waitingForEvent(String customerId, DocumentType type);

  /** Sets a document's retain-until date. */
  void retainUntil(UUID documentId, Instant retainUntil);

  /**
   * The document, locked for this transaction so that nothing new can refer to it while it is
   * checked and removed; empty when it is gone.
   */
  Optional<Document> lockForDisposal(UUID documentId);

  /** Removes a document row with its outbox and delivery rows; false when it was already gone. */
  boolean removeDocument(UUID documentId);

  /** Whether any document still refers to this object key (content is shared by hash). */
  boolean isObjectReferenced(String objectKey);

  /** Whether the document still has delivery or archive work pending (then it is not removed). */
  boolean hasPendingWork(UUID documentId);

  /** A document waiting for the event that starts its retention. */
  record Waiting(UUID documentId, String objectKey, Instant issuedAt) {}
}
