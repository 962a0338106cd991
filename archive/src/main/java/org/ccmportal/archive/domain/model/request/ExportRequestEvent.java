package org.ccmportal.archive.domain.model.request;

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
import org.hibernate.annotations.Immutable;

/** One step of a regulator request: who moved it to which status, when, and why. */
@Entity
@Immutable
@Table(name = "export_request_event")
public class ExportRequestEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", updatable = false, nullable = false)
  private Long id;

  @Column(name = "request_id", updatable = false, nullable = false)
  private UUID requestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", updatable = false, nullable = false)
  private RequestStatus status;

  @Column(name = "actor", updatable = false, nullable = false)
  private String actor;

  @Column(name = "reason", updatable = false)
  private String reason;

  @Column(name = "record_count", updatable = false)
  private Integer recordCount;

  @Column(name = "package_sha256", updatable = false)
  private String packageSha256;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  @Column(name = "at", updatable = false, nullable = false)
  private Instant at;

  /** For JPA only. */
  protected ExportRequestEvent() {}

  public ExportRequestEvent(
      UUID requestId,
      RequestStatus status,
      String actor,
      String reason,
      Integer recordCount,
      String packageSha256,
      Instant expiresAt,
      Instant at) {
    this.requestId = requestId;
    this.status = status;
    this.actor = actor;
    this.reason = reason;
    this.recordCount = recordCount;
    this.packageSha256 = packageSha256;
    this.expiresAt = expiresAt;
    this.at = at;
  }

  public UUID requestId() {
    return requestId;
  }

  public RequestStatus status() {
    return status;
  }

  public String actor() {
    return actor;
  }

  public String reason() {
    return reason;
  }

  public Integer recordCount() {
    return recordCount;
  }

  public String packageSha256() {
    return packageSha256;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant at() {
    return at;
  }
}
