package org.ccmportal.preferences.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ccmportal.preferences.domain.model.ChangeJournal;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.PreferenceChange;

/** {@code preferences.preference_change} and {@code used_link_nonce} (insert only). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaChangeJournal implements ChangeJournal {

  @PersistenceContext(unitName = "preferences")
  EntityManager em;

  @Override
  public void append(PreferenceChange change) {
    em.persist(change);
  }

  /** Atomic: of two requests with the same nonce, exactly one inserts the row. */
  @Override
  public boolean useNonce(String nonce, CustomerId customerId) {
    int inserted =
        em.createNativeQuery(
                "insert into preferences.used_link_nonce (nonce, customer_id, used_at) values (?1, ?2, ?3)"
                    + " on conflict (nonce) do nothing")
            .setParameter(1, nonce)
            .setParameter(2, customerId.value())
            .setParameter(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
            .executeUpdate();
    return inserted == 1;
  }
}
