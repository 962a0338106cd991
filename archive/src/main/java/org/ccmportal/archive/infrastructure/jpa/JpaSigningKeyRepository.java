package org.ccmportal.archive.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Optional;
import org.ccmportal.archive.domain.model.SigningKeyRepository;
import org.ccmportal.archive.domain.model.StoredSigningKey;

/** Signing keys in table {@code archive.signing_key}; a purpose's first key wins a race. */
@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {

  @PersistenceContext(unitName = "archive")
  private EntityManager em;

  @Override
  public Optional<StoredSigningKey> find(String purpose) {
    return em.createQuery(
            "select k from StoredSigningKey k where k.purpose = :purpose", StoredSigningKey.class)
        .setParameter("purpose", purpose)
        .getResultStream()
        .findFirst();
  }

  @Override
  public StoredSigningKey addIfAbsent(StoredSigningKey key) {
    em.createNativeQuery(
            "insert into archive.signing_key"
                + " (purpose, key_id, public_key, private_key_encrypted, created_at)"
                + " values (?, ?, ?, ?, ?) on conflict (purpose) do nothing")
        .setParameter(1, key.purpose())
        .setParameter(2, key.keyId())
        .setParameter(3, key.publicKey())
        .setParameter(4, key.privateKeyEncrypted())
        .setParameter(5, new Timestamp(System.currentTimeMillis()))
        .executeUpdate();
    return find(key.purpose()).orElseThrow();
  }
}
