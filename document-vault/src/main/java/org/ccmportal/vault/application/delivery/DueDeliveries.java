package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.ccmportal.vault.domain.model.delivery.DeliveryItemRepository;

/** Reads the ids of email and SMS items due for an attempt, in a short transaction of its own. */
@ApplicationScoped
public class DueDeliveries {
  @Inject DeliveryItemRepository items;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> ids(Instant now, int max) {
    return items.due(now, max);
  }
}
