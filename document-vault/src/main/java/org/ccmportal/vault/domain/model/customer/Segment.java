package org.ccmportal.vault.domain.model.customer;

import org.ccmportal.vault.api.InvalidRequestException;

/**
 * Customers picked by their attributes: those in {@code region} (if given) who hold {@code product}
 * (if given). At least one is given; both must match when both are.
 */
public record Segment(String region, String product) {

  /**
   * A segment from the publisher's values.
   *
   * @throws InvalidRequestException naming {@code segment.region} or {@code segment.product} for a
   *     bad code, or {@code segment} when neither is given
   */
  public static Segment of(String region, String product) {
    Segment segment =
        new Segment(
            AttributeCode.optional("segment.region", region),
            AttributeCode.optional("segment.product", product));
    if (segment.region() == null && segment.product() == null) {
      throw new InvalidRequestException("segment", "a segment needs a region, a product or both");
    }
    return segment;
  }

  /** As kept on the publication and shown to the approver, e.g. {@code region=NORTH product=X}. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (region != null) {
      text.append("region=").append(region);
    }
    if (product != null) {
      text.append(text.isEmpty() ? "" : " ").append("product=").append(product);
    }
    return text.toString();
  }
}
