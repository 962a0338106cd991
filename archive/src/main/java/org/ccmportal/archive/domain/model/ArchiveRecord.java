package org.ccmportal.archive.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.ccmportal.archive.domain.merkle.LeafEncoding;
import org.ccmportal.archive.domain.merkle.LeafEnvelope;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.hibernate.annotations.Immutable;

/**
 * One archived communication or event: its envelope, where its content is kept and until when, and
 * its place in the Merkle log. A record never changes once written; its leaf hash covers the
 * envelope and the content hash, so a change to any byte of either shows in the log.
 */
@Entity
@Immutable
@Table(name = "record")
public class ArchiveRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", updatable = false, nullable = false)
  private Long id;

  @Column(name = "event_id", updatable = false, nullable = false, unique = true)
  private String eventId;

  @Column(name = "kind", updatable = false, nullable = false)
  private String kind;

  @Column(name = "customer_id", updatable = false)
  private String customerId;

  @Column(name = "category", updatable = false)
  private String category;

  @Column(name = "channel", updatable = false)
  private String channel;

  @Column(name = "template_id", updatable = false)
  private String templateId;

  @Column(name = "template_version", updatable = false)
  private Integer templateVersion;

  @Column(name = "data_sha256", updatable = false)
  private String dataSha256;

  @Column(name = "consent_snapshot", updatable = false)
  private String consentSnapshot;

  @Column(name = "occurred_at", updatable = false, nullable = false)
  private Instant occurredAt;

  @Column(name = "archived_at", updatable = false, nullable = false)
  private Instant archivedAt;

  @Column(name = "content_type", updatable = false, nullable = false)
  private String contentType;

  @Column(name = "content_size", updatable = false, nullable = false)
  private long contentSize;

  @Column(name = "content_sha256", updatable = false, nullable = false)
  private String contentSha256;

  @Column(name = "object_key", updatable = false, nullable = false)
  private String objectKey;

  @Column(name = "retain_until", updatable = false, nullable = false)
  private Instant retainUntil;

  @Column(name = "leaf_index", updatable = false, nullable = false, unique = true)
  private long leafIndex;

  @Column(name = "leaf_hash", updatable = false, nullable = false)
  private String leafHash;

  /** For JPA only. */
  protected ArchiveRecord() {}

  /**
   * A new record at position {@code leafIndex} of the log; computes its leaf hash.
   *
   * @param objectKey must be the key of content with digest {@code contentSha256}
   */
  public static ArchiveRecord create(
      ArchiveEnvelope envelope,
      Sha256 contentSha256,
      long contentSize,
      ObjectKey objectKey,
      Instant retainUntil,
      Instant archivedAt,
      long leafIndex) {
    if (!objectKey.contentSha256().equals(contentSha256)) {
      throw new IllegalArgumentException("the object key must address the record's content");
    }
    if (contentSize < 0 || leafIndex < 0) {
      throw new IllegalArgumentException("content size and leaf index are not negative");
    }
    ArchiveRecord r = new ArchiveRecord();
    r.eventId = envelope.eventId();
    r.kind = envelope.kind();
    r.customerId = envelope.customerId();
    r.category = envelope.category();
    r.channel = envelope.channel();
    r.templateId = envelope.templateId();
    r.templateVersion = envelope.templateVersion();
    r.dataSha256 = envelope.dataSha256() == null ? null : envelope.dataSha256().hex();
    r.consentSnapshot = envelope.consentSnapshot();
    r.occurredAt = envelope.occurredAt();
    r.contentType = envelope.contentType();
    r.contentSha256 = contentSha256.hex();
    r.contentSize = contentSize;
    r.objectKey = objectKey.value();
    r.retainUntil = Objects.requireNonNull(retainUntil, "retainUntil");
    r.archivedAt = Objects.requireNonNull(archivedAt, "archivedAt");
    r.leafIndex = leafIndex;
    r.leafHash = r.computeLeafHash();
    return r;
  }

  /** The envelope as the Merkle leaf encodes it. */
  public LeafEnvelope leafEnvelope() {
    return new LeafEnvelope(
        eventId,
        kind,
        customerId,
        category,
        channel,
        templateId,
        templateVersion,
        dataSha256,
        consentSnapshot == null ? null : Sha256.ofUtf8(consentSnapshot).hex(),
        occurredAt,
        contentType,
        contentSha256,
        contentSize);
  }

  /** Recomputes the leaf hash from the fields: differs from {@link #leafHash()} if tampered. */
  public String computeLeafHash() {
    return HexFormat.of().formatHex(MerkleHash.leafHash(LeafEncoding.encode(leafEnvelope())));
  }

  public Long id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public String kind() {
    return kind;
  }

  public String customerId() {
    return customerId;
  }

  public String category() {
    return category;
  }

  public String channel() {
    return channel;
  }

  public String templateId() {
    return templateId;
  }

  public Integer templateVersion() {
    return templateVersion;
  }

  public String dataSha256() {
    return dataSha256;
  }

  public String consentSnapshot() {
    return consentSnapshot;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Instant archivedAt() {
    return archivedAt;
  }

  public String contentType() {
    return contentType;
  }

  public long contentSize() {
    return contentSize;
  }

  public String contentSha256() {
    return contentSha256;
  }

  public String objectKey() {
    return objectKey;
  }

  public Instant retainUntil() {
    return retainUntil;
  }

  public long leafIndex() {
    return leafIndex;
  }

  public String leafHash() {
    return leafHash;
  }
}
