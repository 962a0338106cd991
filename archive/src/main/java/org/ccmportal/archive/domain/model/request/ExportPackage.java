package org.ccmportal.archive.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** The ZIP built for an approved request, kept once, never changed. */
@Entity
@Immutable
@Table(name = "export_package")
public class ExportPackage {

  @Id
  @Column(name = "request_id", updatable = false, nullable = false)
  private UUID requestId;

  @Column(name = "content", updatable = false, nullable = false)
  private byte[] content;

  @Column(name = "sha256", updatable = false, nullable = false)
  private String sha256;

  @Column(name = "size", updatable = false, nullable = false)
  private long size;

  @Column(name = "created_at", updatable = false, nullable = false)
  private Instant createdAt;

  /** For JPA only. */
  protected ExportPackage() {}

  public ExportPackage(UUID requestId, byte[] content, String sha256, Instant now) {
    this.requestId = requestId;
    this.content = content;
    this.sha256 = sha256;
    this.size = content.length;
    this.createdAt = now;
  }

  public byte[] content() {
    return content;
  }

  public String sha256() {
    return sha256;
  }
}
