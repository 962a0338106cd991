package org.ccmportal.preferences.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Optional;
import org.ccmportal.preferences.api.PreferenceConflictException;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.PreferenceSet;
import org.ccmportal.preferences.domain.model.PreferenceSetRepository;

/** Preference sets in {@code preferences.preference_set} and {@code channel_preference}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPreferenceSetRepository implements PreferenceSetRepository {

  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext(unitName = "preferences")
  EntityManager em;

  @Override
  public Optional<PreferenceSet> find(CustomerId customerId) {
    return em
        .createQuery(
            "select s from PreferenceSet s left join fetch s.preferences"
                + " where s.customerId = :customerId",
            PreferenceSet.class)
        .setParameter("customerId", customerId.value())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public PreferenceSet add(PreferenceSet set) {
    try {
      em.persist(set);
      em.flush();
      return set;
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new PreferenceConflictException(
            "preferences of this customer were created at the same time; reload and try again");
      }
      throw e;
    }
  }

  @Override
  public void save(PreferenceSet set) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new PreferenceConflictException(
          "preferences changed since they were read; reload and try again");
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
