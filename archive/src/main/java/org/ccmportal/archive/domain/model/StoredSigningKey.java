package org.ccmportal.archive.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The archive's signing key as kept in the database: the public key in the clear, the private key
 * only encrypted (jasypt, key from {@code CCM_MASTER_KEY}). One per purpose; never replaced in
 * place, since every published tree head refers to it by key id.
 */
@Entity
@Immutable
@Table(name = "signing_key")
public class StoredSigningKey {

  /** The purpose of the tree-head signing key. */
  public static final String TREE_HEAD = "tree-head";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", updatable = false, nullable = false)
  private Long id;

  @Column(name = "purpose", updatable = false, nullable = false)
  private String purpose;

  @Column(name = "key_id", updatable = false, nullable = false)
  private String keyId;

  @Column(name = "public_key", updatable = false, nullable = false)
  private String publicKey;

  @Column(name = "private_key_encrypted", updatable = false, nullable = false)
  private String privateKeyEncrypted;

  @Column(name = "created_at", updatable = false, nullable = false)
  private Instant createdAt;

  /** For JPA only. */
  protected StoredSigningKey() {}

  /**
   * @param publicKey base64 X.509 SPKI
   * @param privateKeyEncrypted the encrypted base64 PKCS#8 private key
   */
  public StoredSigningKey(
      String purpose, String keyId, String publicKey, String privateKeyEncrypted, Instant now) {
    this.purpose = purpose;
    this.keyId = keyId;
    this.publicKey = publicKey;
    this.privateKeyEncrypted = privateKeyEncrypted;
    this.createdAt = now;
  }

  public String purpose() {
    return purpose;
  }

  public String keyId() {
    return keyId;
  }

  public String publicKey() {
    return publicKey;
  }

  public String privateKeyEncrypted() {
    return privateKeyEncrypted;
  }
}
