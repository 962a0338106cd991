package org.ccmportal.vault.domain.model.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event about a customer that starts event-based retention periods (e.g. the end of a policy),
 * as reported by a publishing system. Kept for the record; never changed.
 */
@Entity
@Table(name = "retention_event")
public class RetentionEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_name", nullable = false, updatable = false)
  private LifeEvent event;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected RetentionEvent() {}

  public RetentionEvent(
      String customerId, LifeEvent event, Instant occurredAt, String recordedBy, Instant now) {
    this.customerId = customerId;
    this.event = event;
    this.occurredAt = occurredAt;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public Long id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public LifeEvent event() {
    return event;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
