package org.ccmportal.vault.domain.model.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.Channel;

/**
 * The delivery of one document on one channel the preference center chose (email, SMS or print). It
 * is queued in the transaction that handles the document's NOTIFY outbox item, so it exists exactly
 * when that transaction commits. A failed attempt waits for the next one as the {@link RetryPolicy}
 * says; after the last attempt, or at once when the channel can never succeed (no address, refused
 * by the gateway), the item is {@link Status#DEAD}: it is on the dead-letter list until staff retry
 * it. A retry keeps the {@link DeliveryKeys idempotency key}, so the gateway never sends the same
 * message twice.
 */
@Entity
@Table(name = "delivery_item")
public class DeliveryItem {

  /** Where the item stands. */
  public enum Status {
    /** Waiting for its first attempt (or for the print batch). */
    QUEUED,
    /** Handed to the channel. */
    SENT,
    /** An attempt failed; another follows at {@code nextAttemptAt}. */
    FAILED,
    /** No more attempts: on the dead-letter list. */
    DEAD,
    /** The customer no longer receives this category on this channel: nothing to send. */
    CANCELLED,
    /** Sent, then reported undeliverable for good by the receiving mail server (a hard bounce). */
    BOUNCED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.QUEUED;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "idempotency_key", nullable = false, updatable = false)
  private String idempotencyKey;

  @Column(name = "print_batch")
  private String printBatch;

  /** The Message-ID of an email delivery (see {@link DeliveryKeys#messageId}); null otherwise. */
  @Column(name = "message_id", updatable = false)
  private String messageId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DeliveryItem() {}

  /**
   * Queues the delivery of a document on a channel, first attempt not before {@code notBefore}
   * (later than now when SMS quiet hours are on).
   */
  public DeliveryItem(
      UUID documentId,
      String customerId,
      Category category,
      Channel channel,
      String reason,
      Instant now,
      Instant notBefore) {
    this.documentId = documentId;
    this.customerId = customerId;
    this.category = category;
    this.channel = channel;
    this.reason = reason;
    this.idempotencyKey = DeliveryKeys.of(documentId, channel);
    this.messageId = channel == Channel.EMAIL ? DeliveryKeys.messageId(idempotencyKey) : null;
    this.createdAt = now;
    this.updatedAt = now;
    this.nextAttemptAt = notBefore.isBefore(now) ? now : notBefore;
  }

  /** The channel took the message (for print: the batch was written to the print drop). */
  public void sent(Instant now, String batch) {
    status = Status.SENT;
    printBatch = batch;
    lastError = null;
    updatedAt = now;
  }

  /**
   * Records a failed attempt. A permanent failure, or the last attempt the policy allows, makes the
   * item dead; otherwise the next attempt waits as the policy says.
   *
   * @return the new status, {@link Status#FAILED} or {@link Status#DEAD}
   */
  public Status failed(String error, boolean permanent, RetryPolicy policy, Instant now) {
    attempts++;
    lastError = error == null ? "unknown error" : error.substring(0, Math.min(500, error.length()));
    updatedAt = now;
    printBatch = null;
    Optional<Instant> next = permanent ? Optional.empty() : policy.nextAttemptAt(attempts, now);
    if (next.isPresent()) {
      status = Status.FAILED;
      nextAttemptAt = next.get();
    } else {
      status = Status.DEAD;
    }
    return status;
  }

  /**
   * The receiving mail server reported a sent email undeliverable for good.
   *
   * @return false when the item was not sent (then nothing changes)
   */
  public boolean bounced(String status, Instant now) {
    if (this.status != Status.SENT) {
      return false;
    }
    this.status = Status.BOUNCED;
    lastError = "bounced: " + status;
    updatedAt = now;
    return true;
  }

  /** Nothing to send any more (the customer turned the channel off since it was queued). */
  public void cancelled(String why, Instant now) {
    status = Status.CANCELLED;
    lastError = why;
    updatedAt = now;
  }

  /** Puts the next attempt off until {@code at} without counting an attempt (SMS quiet hours). */
  public void deferTo(Instant at, Instant now) {
    nextAttemptAt = at;
    updatedAt = now;
  }

  /** Joins a print batch; the batch is written, then the item is marked sent. */
  public void assignTo(String batch, Instant now) {
    printBatch = batch;
    updatedAt = now;
  }

  /**
   * Staff retry a dead item: it is queued again now with its attempts reset and the same
   * idempotency key.
   *
   * @throws IllegalStateException when the item is not dead
   */
  public void retry(Instant now) {
    if (status != Status.DEAD) {
      throw new IllegalStateException("only a dead delivery item can be retried");
    }
    status = Status.QUEUED;
    attempts = 0;
    nextAttemptAt = now;
    printBatch = null;
    updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public UUID documentId() {
    return documentId;
  }

  public String customerId() {
    return customerId;
  }

  public Category category() {
    return category;
  }

  public Channel channel() {
    return channel;
  }

  public String reason() {
    return reason;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String messageId() {
    return messageId;
  }

  public String printBatch() {
    return printBatch;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
