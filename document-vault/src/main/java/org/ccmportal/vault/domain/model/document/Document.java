package org.ccmportal.vault.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.ccmportal.vault.api.DocumentType;

/**
 * A document in a customer's vault. Its bytes live in object storage under a key derived from their
 * SHA-256; the row records that hash so every download can be checked against it.
 */
@Entity
@Table(name = "document")
public class Document {

  @Id private UUID id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, updatable = false)
  private DocumentType type;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(name = "external_reference", nullable = false, updatable = false)
  private String externalReference;

  @Column(name = "template_id", nullable = false, updatable = false)
  private String templateId;

  @Column(name = "template_version", nullable = false, updatable = false)
  private int templateVersion;

  @Column(name = "data_sha256", nullable = false, updatable = false)
  private String dataSha256;

  @Column(name = "object_key", nullable = false, updatable = false)
  private String objectKey;

  @Column(name = "content_sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "retain_until", nullable = false)
  private Instant retainUntil;

  @Column(name = "read_at")
  private Instant readAt;

  protected Document() {}

  public Document(
      UUID id,
      String customerId,
      DocumentType type,
      String title,
      String externalReference,
      String templateId,
      int templateVersion,
      String dataSha256,
      StoredObject object,
      Instant issuedAt,
      Instant retainUntil) {
    this.id = id;
    this.customerId = customerId;
    this.type = type;
    this.title = title;
    this.externalReference = externalReference;
    this.templateId = templateId;
    this.templateVersion = templateVersion;
    this.dataSha256 = dataSha256;
    this.objectKey = object.key();
    this.sha256 = object.sha256();
    this.sizeBytes = object.size();
    this.issuedAt = issuedAt;
    this.retainUntil = retainUntil;
  }

  /** Whether this document belongs to the customer: the only way a customer reaches it. */
  public boolean isOwnedBy(String customer) {
    return customer != null && customer.equals(customerId);
  }

  /** Marks the document read; the first reading time is kept. */
  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  /** The customer asks to be reminded of it again: it counts as unread until next read. */
  public void markUnread() {
    readAt = null;
  }

  public UUID id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public DocumentType type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String externalReference() {
    return externalReference;
  }

  public String templateId() {
    return templateId;
  }

  public int templateVersion() {
    return templateVersion;
  }

  public String dataSha256() {
    return dataSha256;
  }

  public StoredObject object() {
    return new StoredObject(objectKey, sha256, sizeBytes);
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant retainUntil() {
    return retainUntil;
  }

  /** When the customer first opened it, or null. */
  public Instant readAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
