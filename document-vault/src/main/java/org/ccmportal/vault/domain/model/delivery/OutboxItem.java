package org.ccmportal.vault.domain.model.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Work that must happen because a document was recorded (archive it, notify the customer). It is
 * written in the same transaction as the document, so work exists exactly when the document does; a
 * worker picks it up, retries it with back-off and gives up after {@link #MAX_ATTEMPTS}.
 */
@Entity
@Table(name = "outbox")
public class OutboxItem {
  public static final int MAX_ATTEMPTS = 8;

  /** What to do. */
  public enum Kind {
    ARCHIVE,
    NOTIFY
  }

  /** Where the item stands. */
  public enum Status {
    PENDING,
    DONE,
    DEAD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected OutboxItem() {}

  public OutboxItem(UUID documentId, Kind kind, Instant now) {
    this.documentId = documentId;
    this.kind = kind;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public void succeeded() {
    status = Status.DONE;
    lastError = null;
  }

  /**
   * Records a failed attempt: the next one waits twice as long as the previous (2 s, 4 s, ... up to
   * 10 minutes); after the last attempt the item is dead and waits for staff.
   */
  public void failed(String reason, Instant now) {
    attempts++;
    lastError =
        reason == null ? "unknown error" : reason.substring(0, Math.min(500, reason.length()));
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.DEAD;
    } else {
      nextAttemptAt = now.plus(backoff(attempts));
    }
  }

  static Duration backoff(int attempts) {
    long seconds = Math.min(600, 1L << Math.min(attempts, 20));
    return Duration.ofSeconds(seconds);
  }

  public Long id() {
    return id;
  }

  public UUID documentId() {
    return documentId;
  }

  public Kind kind() {
    return kind;
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
}
