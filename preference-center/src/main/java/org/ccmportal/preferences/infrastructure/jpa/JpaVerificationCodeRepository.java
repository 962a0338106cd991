package org.ccmportal.preferences.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.ccmportal.preferences.domain.model.VerificationCode;
import org.ccmportal.preferences.domain.model.VerificationCodeRepository;

/** Verification codes in {@code preferences.verification_code} (salted keyed hashes only). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaVerificationCodeRepository implements VerificationCodeRepository {

  @PersistenceContext(unitName = "preferences")
  EntityManager em;

  @Override
  public Optional<VerificationCode> latestForUpdate(long contactPointId) {
    return em.createQuery(
            "select v from VerificationCode v where v.contactPointId = :cp"
                + " order by v.createdAt desc, v.id desc",
            VerificationCode.class)
        .setParameter("cp", contactPointId)
        .setMaxResults(1)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long countSince(long contactPointId, Instant since) {
    return em.createQuery(
            "select count(v) from VerificationCode v where v.contactPointId = :cp"
                + " and v.createdAt >= :since",
            Long.class)
        .setParameter("cp", contactPointId)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public void add(VerificationCode code) {
    em.persist(code);
    em.flush();
  }
}
