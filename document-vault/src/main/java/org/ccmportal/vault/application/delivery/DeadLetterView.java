package org.ccmportal.vault.application.delivery;

import java.time.Instant;

/**
 * A dead delivery item as staff see it (no address: the preference center holds those).
 *
 * @param id the item's id
 * @param documentId the document it delivers
 * @param customerId the recipient
 * @param channel EMAIL, SMS or PRINT
 * @param status DEAD, or QUEUED right after a retry
 * @param attempts attempts made
 * @param lastError why the last attempt failed
 * @param updatedAt when it last changed
 */
public record DeadLetterView(
    long id,
    String documentId,
    String customerId,
    String channel,
    String status,
    int attempts,
    String lastError,
    Instant updatedAt) {}
