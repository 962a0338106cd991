package org.ccmportal.vault.api;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A new publication as the publisher asks for it.
 *
 * @param title title every recipient sees in the inbox
 * @param documentType what kind of document each recipient gets
 * @param templateId the template (null: the document type's template)
 * @param templateVersion the approved version of that template to publish with
 * @param audience customer ids, one per recipient (duplicates count once)
 * @param scheduledAt when to run it, or null for "as soon as it is approved"
 * @param data the data record every recipient's document is rendered from (null: the template
 *     version's sample data)
 */
public record PublicationRequest(
    String title,
    String documentType,
    String templateId,
    Integer templateVersion,
    List<String> audience,
    Instant scheduledAt,
    JsonObject data) {}
