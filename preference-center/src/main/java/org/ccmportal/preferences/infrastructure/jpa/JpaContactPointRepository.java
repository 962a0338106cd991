package org.ccmportal.preferences.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.domain.model.ContactPoint;
import org.ccmportal.preferences.domain.model.ContactPointBounce;
import org.ccmportal.preferences.domain.model.ContactPointRemoval;
import org.ccmportal.preferences.domain.model.ContactPointRepository;
import org.ccmportal.preferences.domain.model.CustomerId;

/**
 * Contact points in {@code preferences.contact_point} (values encrypted, found by hash); removals
 * appended to {@code preferences.contact_point_removal}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaContactPointRepository implements ContactPointRepository {

  @PersistenceContext(unitName = "preferences")
  EntityManager em;

  @Override
  public Optional<ContactPoint> newestVerified(
      CustomerId customerId, ContactKind kind, Instant at) {
    return em.createQuery(
            "select c from ContactPoint c where c.customerId = :customerId and c.kind = :kind"
                + " and c.verifiedAt is not null and c.verifiedAt <= :at and c.bouncedAt is null"
                + " and c.removedAt is null"
                + " order by c.verifiedAt desc, c.id desc",
            ContactPoint.class)
        .setParameter("customerId", customerId.value())
        .setParameter("kind", kind)
        .setParameter("at", at)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean anyBounced(CustomerId customerId, ContactKind kind) {
    return em.createQuery(
                "select count(c) from ContactPoint c where c.customerId = :customerId"
                    + " and c.kind = :kind and c.bouncedAt is not null and c.removedAt is null",
                Long.class)
            .setParameter("customerId", customerId.value())
            .setParameter("kind", kind)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<ContactPoint> verifiedByHash(ContactKind kind, String valueHash) {
    return em.createQuery(
            "select c from ContactPoint c where c.kind = :kind and c.valueHash = :hash"
                + " and c.verifiedAt is not null and c.removedAt is null order by c.id",
            ContactPoint.class)
        .setParameter("kind", kind)
        .setParameter("hash", valueHash)
        .getResultList();
  }

  @Override
  public void addBounce(ContactPointBounce bounce) {
    em.persist(bounce);
  }

  @Override
  public Optional<ContactPoint> findByHash(
      CustomerId customerId, ContactKind kind, String valueHash) {
    return em.createQuery(
            "select c from ContactPoint c where c.customerId = :customerId and c.kind = :kind"
                + " and c.valueHash = :hash and c.removedAt is null",
            ContactPoint.class)
        .setParameter("customerId", customerId.value())
        .setParameter("kind", kind)
        .setParameter("hash", valueHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ContactPoint> findById(long id) {
    return Optional.ofNullable(em.find(ContactPoint.class, id));
  }

  @Override
  public Optional<ContactPoint> findByIdForUpdate(long id) {
    return Optional.ofNullable(em.find(ContactPoint.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void addRemoval(ContactPointRemoval removal) {
    em.persist(removal);
  }

  @Override
  public List<ContactPoint> of(CustomerId customerId) {
    return em.createQuery(
            "select c from ContactPoint c where c.customerId = :customerId and c.removedAt is null"
                + " order by c.id",
            ContactPoint.class)
        .setParameter("customerId", customerId.value())
        .getResultList();
  }

  @Override
  public void add(ContactPoint contactPoint) {
    em.persist(contactPoint);
    em.flush();
  }
}
