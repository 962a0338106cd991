package org.ccmportal.vault.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.ccmportal.vault.domain.model.retention.LegalHolds;

/**
 * Legal holds as the archive knows them. The archive has no hold API yet, so nobody is on hold.
 *
 * <p>TODO issue #5 (archive: legal hold): ask the archive's api for a hold on the customer once it
 * offers one; until then disposition relies on retention dates alone.
 */
@ApplicationScoped
public class ArchiveLegalHolds implements LegalHolds {

  @Override
  public boolean isOnHold(String customerId) {
    return false;
  }
}
