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
import java.util.UUID;
import org.ccmportal.preferences.api.Channel;

/**
 * Something that happened to a document on a channel: available in the inbox, queued, sent, failed
 * (another attempt follows), dead (no more attempts), cancelled, viewed. Every delivery attempt is
 * one event; events are never changed.
 */
@Entity
@Table(name = "delivery_event")
public class DeliveryEvent {

  /** What happened. */
  public enum Status {
    AVAILABLE,
    QUEUED,
    SENT,
    FAILED,
    DEAD,
    CANCELLED,
    VIEWED,
    /** The customer downloaded it from the portal (the API, or the download button). */
    DOWNLOADED,
    /** The receiving mail server reported the email undeliverable for good (a hard bounce). */
    BOUNCED,
    /** The receiving mail server reported the email delivered to the mailbox. */
    DELIVERED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Status status;

  @Column(updatable = false)
  private String detail;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected DeliveryEvent() {}

  public DeliveryEvent(
      UUID documentId, Channel channel, Status status, String detail, Instant occurredAt) {
    this.documentId = documentId;
    this.channel = channel;
    this.status = status;
    this.detail = detail;
    this.occurredAt = occurredAt;
  }

  public Long id() {
    return id;
  }

  public UUID documentId() {
    return documentId;
  }

  public Channel channel() {
    return channel;
  }

  public Status status() {
    return status;
  }

  public String detail() {
    return detail;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
