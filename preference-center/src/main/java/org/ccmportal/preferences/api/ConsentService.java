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
   * omit it (the current version is recorded). Paperless cannot be granted through this method (the
   * sample PDF confirmation is missing): use the overload with {@code sampleOpened}. Granting a
   * marketing consent switches marketing on for its channel; withdrawing it switches it off, in the
   * same transaction.
   *
   * @throws InvalidChangeException naming the field at fault
   */
  ConsentEntry record(
      String customerId,
      ConsentPurpose purpose,
      ConsentDecision decision,
      Integer textVersion,
      ChangedBy by);

  /**
   * As {@link #record(String, ConsentPurpose, ConsentDecision, Integer, ChangedBy)}, stating
   * whether the customer confirmed they could open the sample PDF. Granting {@link
   * ConsentPurpose#PAPERLESS} needs that confirmation (E-SIGN style: disclosure seen, sample
   * opened, agreement); the other purposes and withdrawals do not.
   *
   * @throws InvalidChangeException with field {@code sampleOpened} when paperless is granted
   *     without the confirmation
   */
  ConsentEntry record(
      String customerId,
      ConsentPurpose purpose,
      ConsentDecision decision,
      Integer textVersion,
      boolean sampleOpened,
      ChangedBy by);
}
