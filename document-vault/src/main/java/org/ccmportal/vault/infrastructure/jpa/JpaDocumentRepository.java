package org.ccmportal.vault.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.DocumentQuery;
import org.ccmportal.vault.domain.model.document.DocumentRepository;

/** Documents in PostgreSQL. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {
  private static final char LIKE_ESCAPE = '\\';

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
  public List<Document> find(DocumentQuery query, int offset, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Document> cq = cb.createQuery(Document.class);
    Root<Document> d = cq.from(Document.class);
    cq.select(d)
        .where(conditions(cb, d, query))
        .orderBy(cb.desc(d.get("issuedAt")), cb.asc(d.get("id")));
    return em.createQuery(cq).setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(DocumentQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> cq = cb.createQuery(Long.class);
    Root<Document> d = cq.from(Document.class);
    cq.select(cb.count(d)).where(conditions(cb, d, query));
    return em.createQuery(cq).getSingleResult();
  }

  /** Every value is a bound parameter; the search text is escaped so it matches literally. */
  private static Predicate[] conditions(CriteriaBuilder cb, Root<Document> d, DocumentQuery q) {
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(d.get("customerId"), q.customerId()));
    if (q.type() != null) {
      where.add(cb.equal(d.get("type"), q.type()));
    }
    if (q.issuedFrom() != null) {
      where.add(cb.greaterThanOrEqualTo(d.<Instant>get("issuedAt"), q.issuedFrom()));
    }
    if (q.issuedBefore() != null) {
      where.add(cb.lessThan(d.<Instant>get("issuedAt"), q.issuedBefore()));
    }
    if (q.read() != null) {
      where.add(q.read() ? cb.isNotNull(d.get("readAt")) : cb.isNull(d.get("readAt")));
    }
    if (q.titleContains() != null) {
      where.add(cb.like(cb.lower(d.get("title")), likePattern(q.titleContains()), LIKE_ESCAPE));
    }
    return where.toArray(Predicate[]::new);
  }

  /** A LIKE pattern that finds the text anywhere, with the text's own wildcards escaped. */
  static String likePattern(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  @Override
  public List<Document> findExpired(java.time.Instant now, int max) {
    return em.createQuery(
            "select d from Document d where d.retainUntil < :now order by d.retainUntil, d.id",
            Document.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }
}
