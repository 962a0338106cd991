package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.Channel;
import org.ccmportal.preferences.api.PreferenceMatrix;
import org.ccmportal.preferences.api.PreferenceService;
import org.ccmportal.preferences.domain.model.ChangeJournal;
import org.ccmportal.preferences.domain.model.ConsentLedger;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.PreferenceChange;
import org.ccmportal.preferences.domain.model.PreferenceSet;
import org.ccmportal.preferences.domain.model.PreferenceSetRepository;

/**
 * Reads and changes a customer's matrix. A customer who never chose anything has the defaults at
 * version 0 and nothing stored; the first change stores the set and moves it to version 1. Every
 * change is journaled with who made it and how; marketing by email or SMS is checked against the
 * consent ledger.
 */
@ApplicationScoped
@Transactional
public class DefaultPreferenceService implements PreferenceService {
  private static final Logger LOG = Logger.getLogger(DefaultPreferenceService.class.getName());

  @Inject PreferenceSetRepository preferenceSets;
  @Inject ConsentLedger ledger;
  @Inject ChangeJournal journal;

  @Override
  public PreferenceMatrix current(String customerId) {
    CustomerId id = new CustomerId(customerId);
    return preferenceSets
        .find(id)
        .orElseGet(() -> PreferenceSet.withDefaults(id, Instant.now()))
        .toMatrix();
  }

  @Override
  public PreferenceMatrix change(
      String customerId,
      long expectedVersion,
      Category category,
      Channel channel,
      boolean on,
      ChangedBy by) {
    CustomerId id = new CustomerId(customerId);
    if (category == null || channel == null) {
      throw new IllegalArgumentException("category and channel are required");
    }
    Instant now = Instant.now();
    // A new set is written at version 0 first, so that this change moves it to 1 and a second
    // change based on the defaults (version 0) is a conflict. A rule violation rolls it back.
    PreferenceSet set =
        preferenceSets
            .find(id)
            .orElseGet(() -> preferenceSets.add(PreferenceSet.withDefaults(id, now)));
    set.change(
        expectedVersion, category, channel, on, ConsentLedger.granted(ledger.history(id)), now);
    preferenceSets.save(set);
    journal.append(new PreferenceChange(id, category, channel, on, by, now));
    LOG.info("preference changed: " + category + "/" + channel + " by " + by.method());
    return set.toMatrix();
  }
}
