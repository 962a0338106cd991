package org.ccmportal.vault.domain.model.retention;

/**
 * Whether a legal hold applies to a customer's records. A document under hold is never disposed of,
 * whatever its retention date says; the archive owns holds.
 */
public interface LegalHolds {

  /** True when any hold covers this customer. When in doubt, an implementation answers true. */
  boolean isOnHold(String customerId);
}
