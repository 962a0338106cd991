package org.ccmportal.vault.infrastructure.jpa.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.ccmportal.vault.domain.model.publication.Audience;
import org.ccmportal.vault.domain.model.publication.Publication;
import org.ccmportal.vault.domain.model.publication.PublicationRepository;
import org.ccmportal.vault.domain.model.publication.PublicationState;
import org.ccmportal.vault.domain.model.publication.SkipReason;

/**
 * Publications in PostgreSQL. Recipients are written in batches of 10,000 per statement (an
 * audience has up to 100,000); a recipient's document is found by its external reference through
 * the unique index on {@code document.external_reference}.
 */
@ApplicationScoped
public class JpaPublicationRepository implements PublicationRepository {
  private static final int BATCH = 10_000;
  private static final String DOCUMENTS =
      " from vault.publication_recipient r join vault.document d"
          + " on d.external_reference = 'pub:' || r.publication_id || ':' || r.customer_id"
          + " where r.publication_id = ?1";

  @PersistenceContext(unitName = "vault")
  EntityManager em;

  @Override
  public void add(Publication publication, Audience audience) {
    em.persist(publication);
    em.flush();
    List<String> ids = audience.customerIds();
    for (int from = 0; from < ids.size(); from += BATCH) {
      // customer ids hold no commas (Audience), so one parameter carries a whole batch
      String batch = String.join(",", ids.subList(from, Math.min(ids.size(), from + BATCH)));
      em.createNativeQuery(
              "insert into vault.publication_recipient (publication_id, customer_id)"
                  + " select ?1, unnest(string_to_array(?2, ','))")
          .setParameter(1, publication.id())
          .setParameter(2, batch)
          .executeUpdate();
    }
  }

  @Override
  public Optional<Publication> find(long id) {
    return Optional.ofNullable(em.find(Publication.class, id));
  }

  @Override
  public Optional<Publication> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Publication.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Publication> list(PublicationState state, int max) {
    return em.createQuery(
            "select p from Publication p where (:s is null or p.state = :s) order by p.id desc",
            Publication.class)
        .setParameter("s", state)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Long> due(Instant now) {
    return em.createQuery(
            "select p.id from Publication p where p.state = :s"
                + " and (p.scheduledAt is null or p.scheduledAt <= :now) order by p.id",
            Long.class)
        .setParameter("s", PublicationState.APPROVED)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public List<Long> running() {
    return em.createQuery(
            "select p.id from Publication p where p.state = :s order by p.id", Long.class)
        .setParameter("s", PublicationState.RUNNING)
        .getResultList();
  }

  @Override
  public boolean isRecipient(long publicationId, String customerId) {
    return !em.createNativeQuery(
            "select 1 from vault.publication_recipient where publication_id = ?1"
                + " and customer_id = ?2")
        .setParameter(1, publicationId)
        .setParameter(2, customerId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void forEachRecipient(long publicationId, Consumer<String> action) {
    em.createNativeQuery(
            "select customer_id from vault.publication_recipient where publication_id = ?1"
                + " and skip_reason is null order by customer_id",
            String.class)
        .setParameter(1, publicationId)
        .getResultStream()
        .forEach(row -> action.accept((String) row));
  }

  @Override
  public int skipHeld(long publicationId) {
    return em.createNativeQuery(
            "update vault.publication_recipient r set skip_reason = 'MARKETING_HOLD'"
                + " from vault.marketing_hold h where h.customer_id = r.customer_id"
                + " and r.publication_id = ?1 and r.skip_reason is null")
        .setParameter(1, publicationId)
        .executeUpdate();
  }

  @Override
  public void skip(long publicationId, String customerId, SkipReason reason) {
    em.createNativeQuery(
            "update vault.publication_recipient set skip_reason = ?3"
                + " where publication_id = ?1 and customer_id = ?2")
        .setParameter(1, publicationId)
        .setParameter(2, customerId)
        .setParameter(3, reason.name())
        .executeUpdate();
  }

  @Override
  public Map<String, Long> skipped(long publicationId) {
    Map<String, Long> result = new TreeMap<>();
    for (Object row :
        em.createNativeQuery(
                "select skip_reason, count(*) from vault.publication_recipient"
                    + " where publication_id = ?1 and skip_reason is not null"
                    + " group by skip_reason")
            .setParameter(1, publicationId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      result.put((String) r[0], ((Number) r[1]).longValue());
    }
    return result;
  }

  @Override
  public long documents(long publicationId) {
    return ((Number)
            em.createNativeQuery("select count(*)" + DOCUMENTS)
                .setParameter(1, publicationId)
                .getSingleResult())
        .longValue();
  }

  @Override
  public Map<String, Map<String, Long>> deliveries(long publicationId) {
    Map<String, Map<String, Long>> result = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select e.channel, e.status, count(*)"
                    + DOCUMENTS.replace(
                        " where", " join vault.delivery_event e on e.document_id = d.id where")
                    + " group by e.channel, e.status order by e.channel, e.status")
            .setParameter(1, publicationId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      result
          .computeIfAbsent((String) r[0], k -> new TreeMap<>())
          .put((String) r[1], ((Number) r[2]).longValue());
    }
    return result;
  }
}
