package org.ccmportal.archive.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ccmportal.archive.domain.model.ArchiveRecord;
import org.ccmportal.archive.domain.model.ArchiveRecordRepository;
import org.ccmportal.archive.domain.model.SearchCriteria;

/** Archive records in PostgreSQL table {@code archive.record}; persistence unit {@code archive}. */
@ApplicationScoped
public class JpaArchiveRecordRepository implements ArchiveRecordRepository {

  /**
   * Key of the transaction-scoped advisory lock that serializes appends to the log: the ASCII of
   * {@code "ccmarlog"} as a bigint, unlikely to collide with another module's key.
   */
  static final long LOG_APPEND_LOCK = 0x63636d61726c6f67L;

  @PersistenceContext(unitName = "archive")
  private EntityManager em;

  @Override
  public Optional<ArchiveRecord> findByEventId(String eventId) {
    return em.createQuery(
            "select r from ArchiveRecord r where r.eventId = :eventId", ArchiveRecord.class)
        .setParameter("eventId", eventId)
        .getResultStream()
        .findFirst();
  }

  /**
   * How long an append waits for the log before it fails (PostgreSQL {@code lock_timeout}, for the
   * rest of the transaction): a holder that never ends turns into errors, not a server that hangs.
   */
  static final String APPEND_LOCK_TIMEOUT = "30s";

  @Override
  public void lockLogForAppend() {
    // Released by PostgreSQL at commit or rollback; waits while another transaction holds it.
    em.createNativeQuery("select set_config('lock_timeout', '" + APPEND_LOCK_TIMEOUT + "', true)")
        .getSingleResult();
    em.createNativeQuery("select 1 from pg_advisory_xact_lock(" + LOG_APPEND_LOCK + ")")
        .getSingleResult();
  }

  @Override
  public long nextLeafIndex() {
    Long max =
        em.createQuery("select max(r.leafIndex) from ArchiveRecord r", Long.class)
            .getSingleResult();
    return max == null ? 0 : max + 1;
  }

  @Override
  public void add(ArchiveRecord record) {
    em.persist(record);
    em.flush(); // assigns the identity id and surfaces constraint violations here
  }

  @Override
  public Optional<ArchiveRecord> findById(long id) {
    return Optional.ofNullable(em.find(ArchiveRecord.class, id));
  }

  @Override
  public long size() {
    return em.createQuery("select count(r) from ArchiveRecord r", Long.class).getSingleResult();
  }

  @Override
  public List<String> leafHashes(long treeSize) {
    return em.createQuery(
            "select r.leafHash from ArchiveRecord r where r.leafIndex < :size order by r.leafIndex",
            String.class)
        .setParameter("size", treeSize)
        .getResultList();
  }

  @Override
  public List<ArchiveRecord> inLogOrder(long fromLeaf, int limit) {
    return em.createQuery(
            "select r from ArchiveRecord r where r.leafIndex >= :from order by r.leafIndex",
            ArchiveRecord.class)
        .setParameter("from", fromLeaf)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<ArchiveRecord> search(SearchCriteria criteria, int offset, int limit) {
    Map<String, Object> params = new TreeMap<>();
    String where = where(criteria, params);
    TypedQuery<ArchiveRecord> q =
        em.createQuery(
            "select r from ArchiveRecord r" + where + " order by r.leafIndex", ArchiveRecord.class);
    params.forEach(q::setParameter);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(SearchCriteria criteria) {
    Map<String, Object> params = new TreeMap<>();
    String where = where(criteria, params);
    TypedQuery<Long> q = em.createQuery("select count(r) from ArchiveRecord r" + where, Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  /** The where clause of a search: fixed text, values only as bound parameters. */
  private static String where(SearchCriteria c, Map<String, Object> params) {
    List<String> terms = new ArrayList<>();
    if (c.customerId() != null) {
      terms.add("r.customerId = :customerId");
      params.put("customerId", c.customerId());
    }
    if (c.from() != null) {
      terms.add("r.occurredAt >= :from");
      params.put("from", c.from());
    }
    if (c.to() != null) {
      terms.add("r.occurredAt < :to");
      params.put("to", c.to());
    }
    if (c.kind() != null) {
      terms.add("r.kind = :kind");
      params.put("kind", c.kind());
    }
    if (c.category() != null) {
      terms.add("r.category = :category");
      params.put("category", c.category());
    }
    if (c.channel() != null) {
      terms.add("r.channel = :channel");
      params.put("channel", c.channel());
    }
    if (c.templateId() != null) {
      terms.add("r.templateId = :templateId");
      params.put("templateId", c.templateId());
    }
    return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
  }
}
