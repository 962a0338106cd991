package org.ccmportal.preferences.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.domain.model.ConsentLedger;
import org.ccmportal.preferences.domain.model.ConsentRecord;
import org.ccmportal.preferences.domain.model.CustomerId;

/** The consent ledger in {@code preferences.consent_record} (insert only). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaConsentLedger implements ConsentLedger {

  @PersistenceContext(unitName = "preferences")
  EntityManager em;

  @Override
  public ConsentRecord append(ConsentRecord record) {
    em.persist(record);
    em.flush();
    return record;
  }

  @Override
  public List<ConsentEntry> history(CustomerId customerId) {
    return em.createQuery(
            "select r from ConsentRecord r where r.customerId = :customerId order by r.id",
            ConsentRecord.class)
        .setParameter("customerId", customerId.value())
        .getResultStream()
        .map(ConsentRecord::toEntry)
        .toList();
  }
}
