package org.ccmportal.vault.domain.model.document;

import java.time.Instant;
import java.util.Objects;
import org.ccmportal.vault.api.DocumentType;

/**
 * Which of one customer's documents to list. A query always names the customer: there is no way to
 * ask for documents across customers.
 *
 * @param customerId the owner (required)
 * @param type only this type, or null
 * @param issuedFrom issued at or after this instant (inclusive), or null
 * @param issuedBefore issued before this instant (exclusive), or null
 * @param read only read (true) or unread (false), or null
 * @param titleContains literal text the title contains, compared case-insensitively, or null
 */
public record DocumentQuery(
    String customerId,
    DocumentType type,
    Instant issuedFrom,
    Instant issuedBefore,
    Boolean read,
    String titleContains) {
  public DocumentQuery {
    Objects.requireNonNull(customerId, "customerId");
  }
}
