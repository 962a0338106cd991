package org.ccmportal.preferences.api;

import java.util.List;
import java.util.Map;

/**
 * The consent ledger. Every grant and withdrawal is appended, never changed; the current consent
 * for a purpose is the latest record for it. Every record is also appended to the archive.
 */
public interface ConsentService {

  /** The customer's ledger, oldest first. */
  List<ConsentEntry> history(String customerId);

  /** The latest record per purpose (purposes never decided are absent). */
  Map<ConsentPurpose, ConsentEntry> current(String customerId);

  /** The text the customer must see before granting, in its current version. */
  ConsentText currentText(ConsentPurpose purpose);

  /**
   * Appends a grant or a withdrawal. A grant must name the current text version; a withdrawal may
   * omit it (the current version is recorded). Granting a marketing consent switches marketing on
   * for its channel; withdrawing it switches it off, in the same transaction.
   *
   * @throws InvalidChangeException naming the field at fault
   */
  ConsentEntry record(
      String customerId,
      ConsentPurpose purpose,
      ConsentDecision decision,
      Integer textVersion,
      ChangedBy by);
}
