package org.ccmportal.archive.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ccmportal.archive.domain.model.ArchiveRecord;
import org.ccmportal.archive.domain.model.ArchiveRecordRepository;

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

  @Override
  public void lockLogForAppend() {
    // Released by PostgreSQL at commit or rollback; waits while another transaction holds it.
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
}
