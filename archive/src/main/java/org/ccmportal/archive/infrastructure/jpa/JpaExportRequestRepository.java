package org.ccmportal.archive.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.archive.domain.model.request.ExportPackage;
import org.ccmportal.archive.domain.model.request.ExportRequest;
import org.ccmportal.archive.domain.model.request.ExportRequestEvent;
import org.ccmportal.archive.domain.model.request.ExportRequestRepository;
import org.ccmportal.archive.domain.model.request.ExportScope;

/** Regulator requests in {@code archive.export_request}, its events and packages. */
@ApplicationScoped
public class JpaExportRequestRepository implements ExportRequestRepository {

  @PersistenceContext(unitName = "archive")
  private EntityManager em;

  @Override
  public void add(ExportRequest request) {
    em.persist(request);
    em.flush();
  }

  @Override
  public void add(ExportRequestEvent event) {
    em.persist(event);
    em.flush();
  }

  @Override
  public void add(ExportPackage pkg) {
    em.persist(pkg);
    em.flush();
  }

  @Override
  public Optional<ExportRequest> find(UUID id) {
    return Optional.ofNullable(em.find(ExportRequest.class, id));
  }

  @Override
  public List<ExportRequestEvent> events(UUID id) {
    return em.createQuery(
            "select e from ExportRequestEvent e where e.requestId = :id order by e.id",
            ExportRequestEvent.class)
        .setParameter("id", id)
        .getResultList();
  }

  @Override
  public List<ExportRequest> list(String requestedBy, int limit) {
    TypedQuery<ExportRequest> q =
        requestedBy == null
            ? em.createQuery(
                "select r from ExportRequest r order by r.createdAt desc", ExportRequest.class)
            : em.createQuery(
                    "select r from ExportRequest r where r.requestedBy = :by"
                        + " order by r.createdAt desc",
                    ExportRequest.class)
                .setParameter("by", requestedBy);
    return q.setMaxResults(limit).getResultList();
  }

  @Override
  public Optional<ExportPackage> pkg(UUID id) {
    return Optional.ofNullable(em.find(ExportPackage.class, id));
  }

  @Override
  public List<Long> recordIds(ExportScope scope, int max) {
    StringBuilder jpql =
        new StringBuilder(
            "select r.id from ArchiveRecord r where r.kind <> 'AUDIT'"
                + " and r.occurredAt >= :from and r.occurredAt < :to");
    if (!scope.customerIds().isEmpty()) {
      jpql.append(" and r.customerId in :customers");
    }
    if (!scope.categories().isEmpty()) {
      jpql.append(" and r.category in :categories");
    }
    if (!scope.channels().isEmpty()) {
      jpql.append(" and r.channel in :channels");
    }
    TypedQuery<Long> q =
        em.createQuery(jpql.append(" order by r.leafIndex").toString(), Long.class)
            .setParameter("from", scope.from())
            .setParameter("to", scope.to());
    if (!scope.customerIds().isEmpty()) {
      q.setParameter("customers", scope.customerIds());
    }
    if (!scope.categories().isEmpty()) {
      q.setParameter("categories", scope.categories());
    }
    if (!scope.channels().isEmpty()) {
      q.setParameter("channels", scope.channels());
    }
    return q.setMaxResults(max).getResultList();
  }
}
