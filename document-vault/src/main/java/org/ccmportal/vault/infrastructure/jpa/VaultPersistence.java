package org.ccmportal.vault.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.OutboxItem;
import org.ccmportal.vault.domain.model.delivery.OutboxLanes;
import org.ccmportal.vault.domain.model.document.Document;
import org.ccmportal.vault.domain.model.document.RetentionRule;

/** Outbox, delivery events and retention rules in PostgreSQL. */
@ApplicationScoped
public class VaultPersistence {

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  public void add(OutboxItem item) {
    em.persist(item);
  }

  public void add(DeliveryEvent event) {
    em.persist(event);
  }

  /** Due pending items with their documents, oldest first (for partitioning by document). */
  public List<OutboxLanes.Due> dueOutboxWork(Instant now, int max) {
    return em
        .createQuery(
            "select o.id, o.documentId from OutboxItem o where o.status = :s"
                + " and o.nextAttemptAt <= :now order by o.nextAttemptAt, o.id",
            Object[].class)
        .setParameter("s", OutboxItem.Status.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(r -> new OutboxLanes.Due((Long) r[0], (java.util.UUID) r[1]))
        .toList();
  }

  /**
   * Locks one pending item for this transaction; empty when another worker holds it (SKIP LOCKED)
   * or it is no longer pending.
   */
  public Optional<OutboxItem> claim(long id) {
    return em.createQuery(
            "select o from OutboxItem o where o.id = :id and o.status = :s", OutboxItem.class)
        .setParameter("id", id)
        .setParameter("s", OutboxItem.Status.PENDING)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", -2)
        .getResultStream()
        .findFirst();
  }

  public List<DeliveryEvent> events(UUID documentId) {
    return em.createQuery(
            "select e from DeliveryEvent e where e.documentId = :d order by e.occurredAt, e.id",
            DeliveryEvent.class)
        .setParameter("d", documentId)
        .getResultList();
  }

  /** The customer's documents, newest first (every one, whatever the inbox window). */
  public List<Document> customerDocuments(String customerId, int offset, int limit) {
    return em.createQuery(
            "select d from Document d where d.customerId = :c order by d.issuedAt desc, d.id",
            Document.class)
        .setParameter("c", customerId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countCustomerDocuments(String customerId) {
    return em.createQuery("select count(d) from Document d where d.customerId = :c", Long.class)
        .setParameter("c", customerId)
        .getSingleResult();
  }

  /** The events of several documents, each document's oldest first. */
  public List<DeliveryEvent> events(java.util.Collection<UUID> documentIds) {
    if (documentIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from DeliveryEvent e where e.documentId in :d order by e.occurredAt, e.id",
            DeliveryEvent.class)
        .setParameter("d", documentIds)
        .getResultList();
  }

  public RetentionRule retentionRule(DocumentType type) {
    RetentionRule rule = em.find(RetentionRule.class, type);
    if (rule == null) {
      throw new IllegalStateException("no retention rule for " + type);
    }
    return rule;
  }
}
