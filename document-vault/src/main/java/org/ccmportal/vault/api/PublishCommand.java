package org.ccmportal.vault.api;

import jakarta.json.JsonObject;

/**
 * A request to publish one communication to one customer.
 *
 * @param customerId the recipient
 * @param documentType what it is
 * @param externalReference the sender's unique reference: publishing it twice makes one document
 * @param title title shown in the inbox
 * @param data the data record the template renders
 */
public record PublishCommand(
    String customerId,
    DocumentType documentType,
    String externalReference,
    String title,
    JsonObject data) {}
