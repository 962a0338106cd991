package org.ccmportal.vault.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.archive.api.LegalHoldQuery;
import org.ccmportal.vault.domain.model.retention.LegalHolds;

/**
 * Legal holds as the archive knows them: a document is held when the archive record of its
 * communication (event id {@code vault-document:<id>}) is under legal hold. The archive holds per
 * record and has no customer-level hold, so the customer is not asked about. A document the archive
 * has no copy of yet, or a hold the archive cannot confirm either way, counts as held: disposition
 * must never destroy what may be the only copy, or something under hold.
 */
@ApplicationScoped
public class ArchiveLegalHolds implements LegalHolds {
  private static final Logger LOG = Logger.getLogger(ArchiveLegalHolds.class.getName());

  @Inject LegalHoldQuery holds;
  @Inject ArchiveService archive;

  @Override
  public boolean isOnHold(UUID documentId, String customerId) {
    String eventId = eventId(documentId);
    try {
      if (archive.findByEventId(eventId).isEmpty()) {
        LOG.info(() -> "disposition: document " + documentId + " not archived yet, kept");
        return true;
      }
      return holds.isOnHold(eventId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "disposition: legal hold of document " + documentId + " unknown", e);
      return true;
    }
  }

  /** The archive event id of a document's communication (see the outbox's archive step). */
  static String eventId(UUID documentId) {
    return "vault-document:" + documentId;
  }
}
