package org.ccmportal.vault.infrastructure.jpa.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.domain.model.delivery.DeliveryItem;
import org.ccmportal.vault.domain.model.delivery.OutboxItem;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.RetentionRule;
import org.ccmportal.vault.domain.model.retention.RetentionEvent;
import org.ccmportal.vault.domain.model.retention.RetentionRepository;
import org.ccmportal.vault.domain.model.retention.RetentionRuleDates;

/** Retention rules and events, and the removal of a disposed document's rows, in PostgreSQL. */
@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  @Override
  public List<RetentionRule> rules() {
    return em
        .createQuery("select r from RetentionRule r", RetentionRule.class)
        .getResultList()
        .stream()
        .sorted((a, b) -> a.documentType().compareTo(b.documentType()))
        .toList();
  }

  @Override
  public Optional<RetentionRule> ruleForUpdate(DocumentType type) {
    return Optional.ofNullable(em.find(RetentionRule.class, type, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(RetentionEvent event) {
    em.persist(event);
  }

  @Override
  public List<Waiting> waitingForEvent(String customerId, DocumentType type) {
    return em.createQuery(
            "select d from Document d where d.customerId = :c and d.type = :t"
                + " and d.retainUntil = :pending",
            Document.class)
        .setParameter("c", customerId)
        .setParameter("t", type)
        .setParameter("pending", RetentionRuleDates.UNTIL_EVENT)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .map(d -> new Waiting(d.id(), d.object().key(), d.issuedAt()))
        .toList();
  }

  @Override
  public void retainUntil(UUID documentId, Instant retainUntil) {
    em.createQuery("update Document d set d.retainUntil = :until where d.id = :id")
        .setParameter("until", retainUntil)
        .setParameter("id", documentId)
        .executeUpdate();
  }

  /** Deliveries a channel may still be working on: a document is not removed under them. */
  private static final List<DeliveryItem.Status> UNFINISHED_DELIVERY =
      List.of(DeliveryItem.Status.QUEUED, DeliveryItem.Status.FAILED);

  @Override
  public Optional<Document> lockForDisposal(UUID documentId) {
    // FOR UPDATE: a row that refers to the document (a delivery or view event) takes a key-share
    // lock on it, so such a write either committed before this or waits and then finds it gone
    return Optional.ofNullable(em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public boolean removeDocument(UUID documentId) {
    em.createQuery("delete from DeliveryItem i where i.documentId = :d")
        .setParameter("d", documentId)
        .executeUpdate();
    em.createQuery("delete from DeliveryEvent e where e.documentId = :d")
        .setParameter("d", documentId)
        .executeUpdate();
    em.createQuery("delete from OutboxItem o where o.documentId = :d")
        .setParameter("d", documentId)
        .executeUpdate();
    return em.createQuery("delete from Document d where d.id = :d")
            .setParameter("d", documentId)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean isObjectReferenced(String objectKey) {
    return em.createQuery("select count(d) from Document d where d.objectKey = :k", Long.class)
            .setParameter("k", objectKey)
            .getSingleResult()
        > 0;
  }

  @Override
  public boolean hasPendingWork(UUID documentId) {
    return em.createQuery(
                    "select count(o) from OutboxItem o where o.documentId = :d and o.status = :s",
                    Long.class)
                .setParameter("d", documentId)
                .setParameter("s", OutboxItem.Status.PENDING)
                .getSingleResult()
            > 0
        || em.createQuery(
                    "select count(i) from DeliveryItem i where i.documentId = :d"
                        + " and i.status in :open",
                    Long.class)
                .setParameter("d", documentId)
                .setParameter("open", UNFINISHED_DELIVERY)
                .getSingleResult()
            > 0;
  }
}
