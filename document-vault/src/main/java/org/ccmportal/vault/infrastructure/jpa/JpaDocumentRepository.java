package org.ccmportal.vault.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentRepository;

/** Documents in PostgreSQL. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  @Override
  public void add(Document document) {
    em.persist(document);
  }

  @Override
  public Optional<Document> find(UUID id) {
    return Optional.ofNullable(em.find(Document.class, id));
  }

  @Override
  public Optional<Document> findByExternalReference(String externalReference) {
    return em.createQuery(
            "select d from Document d where d.externalReference = :ref", Document.class)
        .setParameter("ref", externalReference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Document> findByCustomer(String customerId, int offset, int limit) {
    return em.createQuery(
            "select d from Document d where d.customerId = :c order by d.issuedAt desc, d.id",
            Document.class)
        .setParameter("c", customerId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countByCustomer(String customerId) {
    return em.createQuery("select count(d) from Document d where d.customerId = :c", Long.class)
        .setParameter("c", customerId)
        .getSingleResult();
  }

  @Override
  public long countUnread(String customerId) {
    return em.createQuery(
            "select count(d) from Document d where d.customerId = :c and d.readAt is null",
            Long.class)
        .setParameter("c", customerId)
        .getSingleResult();
  }
}
