package org.ccmportal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.domain.model.delivery.OutboxItem;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;
import org.ccmportal.vault.infrastructure.jpa.VaultPersistence;

/**
 * Records a rendered, stored document together with its delivery and archive work, in one
 * transaction: either the document and all its work exist, or none of it does.
 */
@ApplicationScoped
public class DocumentRecorder {

  @Inject DocumentRepository documents;
  @Inject VaultPersistence persistence;

  @Transactional
  public Document record(Document document, Instant now) {
    documents.add(document);
    persistence.add(new OutboxItem(document.id(), OutboxItem.Kind.ARCHIVE, now));
    persistence.add(new OutboxItem(document.id(), OutboxItem.Kind.NOTIFY, now));
    return document;
  }

  @Transactional
  public Optional<Document> findByExternalReference(String externalReference) {
    return documents.findByExternalReference(externalReference);
  }

  @Transactional
  public Instant retainUntil(DocumentType type, Instant issuedAt) {
    return persistence.retentionRule(type).retainUntil(issuedAt);
  }

  public static UUID newId() {
    return UUID.randomUUID();
  }
}
