package org.ccmportal.vault.domain.model.retention;

import java.util.UUID;

/**
 * Whether a legal hold applies to a document. A document under hold is never disposed of, whatever
 * its retention date says; the archive owns holds.
 */
public interface LegalHolds {

  /**
   * True when a hold covers this document (its archived record, or its customer where holds exist
   * per customer). When in doubt (the archive cannot answer, or has no copy of the document yet),
   * an implementation answers true.
   */
  boolean isOnHold(UUID documentId, String customerId);
}
