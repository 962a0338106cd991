package org.ccmportal.vault.domain.model.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored documents. */
public interface DocumentRepository {
  void add(Document document);

  Optional<Document> find(UUID id);

  Optional<Document> findByExternalReference(String externalReference);

  /** The customer's documents, newest first. */
  List<Document> findByCustomer(String customerId, int offset, int limit);

  long countByCustomer(String customerId);

  long countUnread(String customerId);
}
