package org.ccmportal.vault.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.vault.domain.model.delivery.DeliveryEvent;
import org.ccmportal.vault.domain.model.delivery.DeliveryItem;
import org.ccmportal.vault.domain.model.delivery.DeliveryItemRepository;

/**
 * Delivery items in PostgreSQL. Workers claim rows with {@code FOR UPDATE SKIP LOCKED}, so two
 * servers never work on the same item at once.
 */
@ApplicationScoped
public class JpaDeliveryItemRepository implements DeliveryItemRepository {
  private static final List<DeliveryItem.Status> WAITING =
      List.of(DeliveryItem.Status.QUEUED, DeliveryItem.Status.FAILED);

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  @Override
  public DeliveryItem queue(DeliveryItem item) {
    Optional<DeliveryItem> existing =
        em.createQuery(
                "select i from DeliveryItem i where i.idempotencyKey = :k", DeliveryItem.class)
            .setParameter("k", item.idempotencyKey())
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    em.persist(item);
    return item;
  }

  @Override
  public void add(DeliveryEvent event) {
    em.persist(event);
  }

  @Override
  public List<Long> due(Instant now, int max) {
    return em.createQuery(
            "select i.id from DeliveryItem i where i.status in :s and i.channel <> :print"
                + " and i.nextAttemptAt <= :now order by i.nextAttemptAt, i.id",
            Long.class)
        .setParameter("s", WAITING)
        .setParameter("print", Channel.PRINT)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<DeliveryItem> claimDue(long id, Instant now) {
    return skipLocked(
            em.createQuery(
                    "select i from DeliveryItem i where i.id = :id and i.status in :s"
                        + " and i.channel <> :print and i.nextAttemptAt <= :now",
                    DeliveryItem.class)
                .setParameter("id", id)
                .setParameter("s", WAITING)
                .setParameter("print", Channel.PRINT)
                .setParameter("now", now))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<DeliveryItem> lock(long id) {
    return skipLocked(
            em.createQuery("select i from DeliveryItem i where i.id = :id", DeliveryItem.class)
                .setParameter("id", id))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<DeliveryItem> claimUnbatchedPrint(Instant now, int max) {
    return skipLocked(
            em.createQuery(
                    "select i from DeliveryItem i where i.channel = :print and i.status = :q"
                        + " and i.printBatch is null and i.nextAttemptAt <= :now order by i.id",
                    DeliveryItem.class)
                .setParameter("print", Channel.PRINT)
                .setParameter("q", DeliveryItem.Status.QUEUED)
                .setParameter("now", now)
                .setMaxResults(max))
        .getResultList();
  }

  @Override
  public List<String> openPrintBatches() {
    return em.createQuery(
            "select distinct i.printBatch from DeliveryItem i where i.channel = :print"
                + " and i.status = :q and i.printBatch is not null order by i.printBatch",
            String.class)
        .setParameter("print", Channel.PRINT)
        .setParameter("q", DeliveryItem.Status.QUEUED)
        .getResultList();
  }

  @Override
  public List<DeliveryItem> printBatch(String batch) {
    return em.createQuery(
            "select i from DeliveryItem i where i.printBatch = :b and i.status = :q order by i.id",
            DeliveryItem.class)
        .setParameter("b", batch)
        .setParameter("q", DeliveryItem.Status.QUEUED)
        .getResultList();
  }

  @Override
  public List<DeliveryItem> dead(int offset, int limit) {
    return em.createQuery(
            "select i from DeliveryItem i where i.status = :d order by i.updatedAt desc, i.id desc",
            DeliveryItem.class)
        .setParameter("d", DeliveryItem.Status.DEAD)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countDead() {
    return em.createQuery("select count(i) from DeliveryItem i where i.status = :d", Long.class)
        .setParameter("d", DeliveryItem.Status.DEAD)
        .getSingleResult();
  }

  @Override
  public Optional<DeliveryItem> find(long id) {
    return Optional.ofNullable(em.find(DeliveryItem.class, id));
  }

  @Override
  public Optional<DeliveryItem> lockByKey(String idempotencyKey) {
    return em.createQuery(
            "select i from DeliveryItem i where i.idempotencyKey = :k", DeliveryItem.class)
        .setParameter("k", idempotencyKey)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<DeliveryItem> lockByMessageId(String messageId) {
    return em.createQuery("select i from DeliveryItem i where i.messageId = :m", DeliveryItem.class)
        .setParameter("m", messageId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean hasEvent(UUID documentId, Channel channel, DeliveryEvent.Status status) {
    return em.createQuery(
                "select count(e) from DeliveryEvent e where e.documentId = :d"
                    + " and e.channel = :c and e.status = :s",
                Long.class)
            .setParameter("d", documentId)
            .setParameter("c", channel)
            .setParameter("s", status)
            .getSingleResult()
        > 0;
  }

  private static <T> TypedQuery<T> skipLocked(TypedQuery<T> query) {
    return query
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", -2);
  }
}
