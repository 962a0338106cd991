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
 * @param segmentRegion instead of {@code audience}: the customers of this region (with {@code
 *     segmentProduct}: those of the region who hold the product)
 * @param segmentProduct instead of {@code audience}: the customers who hold this product
 */
public record PublicationRequest(
    String title,
    String documentType,
    String templateId,
    Integer templateVersion,
    List<String> audience,
    Instant scheduledAt,
    JsonObject data,
    String segmentRegion,
    String segmentProduct) {

  /** A publication to an uploaded list of customers. */
  public PublicationRequest(
      String title,
      String documentType,
      String templateId,
      Integer templateVersion,
      List<String> audience,
      Instant scheduledAt,
      JsonObject data) {
    this(title, documentType, templateId, templateVersion, audience, scheduledAt, data, null, null);
  }

  /** Whether the audience is a segment of customers by their attributes. */
  public boolean bySegment() {
    return (segmentRegion != null && !segmentRegion.isBlank())
        || (segmentProduct != null && !segmentProduct.isBlank());
  }
}
