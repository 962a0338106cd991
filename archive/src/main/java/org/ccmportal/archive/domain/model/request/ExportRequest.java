package org.ccmportal.archive.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A regulator's request for an export, as filed; its progress is in its events. */
@Entity
@Immutable
@Table(name = "export_request")
public class ExportRequest {

  @Id
  @Column(name = "id", updatable = false, nullable = false)
  private UUID id;

  @Column(name = "requested_by", updatable = false, nullable = false)
  private String requestedBy;

  @Column(name = "case_reference", updatable = false, nullable = false)
  private String caseReference;

  @Column(name = "scope", updatable = false, nullable = false)
  private String scope;

  @Column(name = "due_date", updatable = false, nullable = false)
  private LocalDate dueDate;

  @Column(name = "created_at", updatable = false, nullable = false)
  private Instant createdAt;

  /** For JPA only. */
  protected ExportRequest() {}

  public ExportRequest(
      String requestedBy, String caseReference, ExportScope scope, LocalDate dueDate, Instant now) {
    this.id = UUID.randomUUID();
    this.requestedBy = requestedBy;
    this.caseReference = caseReference;
    this.scope = scope.toJson();
    this.dueDate = dueDate;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public String caseReference() {
    return caseReference;
  }

  public ExportScope scope() {
    return ExportScope.fromJson(scope);
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
