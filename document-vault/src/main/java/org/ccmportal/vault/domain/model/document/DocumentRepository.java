package org.ccmportal.vault.domain.model.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored documents. */
public interface DocumentRepository {
  void add(Document document);

  Optional<Document> find(UUID id);

  Optional<Document> findByExternalReference(String externalReference);

  /** The documents the query selects, newest first (ties by id, so paging is stable). */
  List<Document> find(DocumentQuery query, int offset, int limit);

  /** How many documents the query selects. */
  long count(DocumentQuery query);

  /**
   * Documents whose retain-until date is before {@code now}, oldest retention first, at most {@code
   * max}: the candidates for disposition (a legal hold may still keep them).
   */
  List<Document> findExpired(java.time.Instant now, int max);
}
