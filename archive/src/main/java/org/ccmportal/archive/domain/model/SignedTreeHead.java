package org.ccmportal.archive.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.ccmportal.archive.domain.merkle.Ed25519Keys;
import org.ccmportal.archive.domain.merkle.TreeHeadEncoding;
import org.hibernate.annotations.Immutable;

/**
 * The archive's signed statement that its log had {@code treeSize} leaves with root {@code
 * rootHash} at {@code issuedAt}. Once published it never changes: later heads are proven consistent
 * with earlier ones, never rewritten.
 */
@Entity
@Immutable
@Table(name = "tree_head")
public class SignedTreeHead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", updatable = false, nullable = false)
  private Long id;

  @Column(name = "tree_size", updatable = false, nullable = false)
  private long treeSize;

  @Column(name = "root_hash", updatable = false, nullable = false)
  private String rootHash;

  @Column(name = "issued_at", updatable = false, nullable = false)
  private Instant issuedAt;

  @Column(name = "key_id", updatable = false, nullable = false)
  private String keyId;

  @Column(name = "signature", updatable = false, nullable = false)
  private String signature;

  /** For JPA only. */
  protected SignedTreeHead() {}

  /** Signs the head of a tree of {@code treeSize} leaves; the time is kept to the millisecond. */
  public static SignedTreeHead sign(
      long treeSize, byte[] rootHash, Instant now, PrivateKey key, PublicKey publicKey) {
    SignedTreeHead h = new SignedTreeHead();
    h.treeSize = treeSize;
    h.rootHash = HexFormat.of().formatHex(rootHash);
    h.issuedAt = now.truncatedTo(ChronoUnit.MILLIS);
    h.keyId = Ed25519Keys.keyId(publicKey);
    h.signature = HexFormat.of().formatHex(Ed25519Keys.sign(key, h.signedBytes()));
    return h;
  }

  /** The bytes the signature covers ({@link TreeHeadEncoding#treeHead}). */
  public byte[] signedBytes() {
    return TreeHeadEncoding.treeHead(
        treeSize, issuedAt.toEpochMilli(), HexFormat.of().parseHex(rootHash));
  }

  /** Whether the signature holds for this public key. */
  public boolean verifies(PublicKey publicKey) {
    return Ed25519Keys.verify(publicKey, signedBytes(), HexFormat.of().parseHex(signature));
  }

  public Long id() {
    return id;
  }

  public long treeSize() {
    return treeSize;
  }

  public String rootHash() {
    return rootHash;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public String keyId() {
    return keyId;
  }

  public String signature() {
    return signature;
  }
}
