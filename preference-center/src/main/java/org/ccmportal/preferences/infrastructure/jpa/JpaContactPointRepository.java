package org.ccmportal.preferences.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.domain.model.ContactPoint;
import org.ccmportal.preferences.domain.model.ContactPointRepository;
import org.ccmportal.preferences.domain.model.CustomerId;

/** Contact points in {@code preferences.contact_point}. */
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
                + " and c.verifiedAt is not null and c.verifiedAt <= :at"
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
  public Optional<ContactPoint> find(CustomerId customerId, ContactKind kind, String value) {
    return em.createQuery(
            "select c from ContactPoint c where c.customerId = :customerId and c.kind = :kind"
                + " and c.value = :value",
            ContactPoint.class)
        .setParameter("customerId", customerId.value())
        .setParameter("kind", kind)
        .setParameter("value", value)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ContactPoint contactPoint) {
    em.persist(contactPoint);
  }
}
