package org.ccmportal.vault.api;

import java.time.Instant;
import java.util.List;

/**
 * What was sent to one customer, newest first, for service staff: each document with what happened
 * to it on each channel.
 *
 * @param customerId the customer
 * @param items this page of documents
 * @param total all the customer's documents
 * @param offset where this page starts
 * @param limit the page size asked for
 */
public record CommunicationHistory(
    String customerId, List<Item> items, long total, int offset, int limit) {

  /**
   * One document.
   *
   * @param documentId the document
   * @param documentType its type
   * @param title as in the inbox
   * @param reference the external reference it was published under (e.g. {@code pub:12:C-1001})
   * @param issuedAt when it was issued
   * @param readAt when the customer first opened it, or null
   * @param events what happened on each channel, oldest first
   */
  public record Item(
      String documentId,
      String documentType,
      String title,
      String reference,
      Instant issuedAt,
      Instant readAt,
      List<Event> events) {}

  /**
   * One delivery event.
   *
   * @param channel PORTAL, EMAIL, SMS or PRINT
   * @param status AVAILABLE, QUEUED, SENT, FAILED, DEAD, CANCELLED, VIEWED or DOWNLOADED
   * @param detail why or how (e.g. the print batch, the last error), or null
   * @param occurredAt when
   */
  public record Event(String channel, String status, String detail, Instant occurredAt) {}
}
