package org.ccmportal.vault.api;

/**
 * What became of one command of {@link PublishingFacade#publishAll}: its receipt, or the reason it
 * was refused (an {@link InvalidRequestException} for bad data, or a render failure).
 */
public record PublishOutcome(PublishReceipt receipt, RuntimeException refusal) {

  public static PublishOutcome published(PublishReceipt receipt) {
    return new PublishOutcome(receipt, null);
  }

  public static PublishOutcome refused(RuntimeException refusal) {
    return new PublishOutcome(null, refusal);
  }

  public boolean isPublished() {
    return receipt != null;
  }
}
