package org.ccmportal.preferences.api;

import java.time.Instant;

/**
 * One record of the consent ledger.
 *
 * @param id ledger id
 * @param customerId the customer
 * @param purpose what was consented to
 * @param decision granted or withdrawn
 * @param textVersion version of the consent text the customer saw
 * @param textSha256 hex SHA-256 of that text (UTF-8)
 * @param recordedAt when
 * @param method how
 * @param actor who
 * @param reason why, when staff acted for the customer
 */
public record ConsentEntry(
    long id,
    String customerId,
    ConsentPurpose purpose,
    ConsentDecision decision,
    int textVersion,
    String textSha256,
    Instant recordedAt,
    ChangeMethod method,
    String actor,
    String reason) {}
