package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.preferences.domain.model.ChannelResolution;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.domain.model.ContactPoint;
import org.ccmportal.preferences.domain.model.ContactPointRepository;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.PreferenceRules;
import org.ccmportal.preferences.domain.model.PreferenceSet;
import org.ccmportal.preferences.domain.model.PreferenceSetRepository;

/**
 * Resolves channels from the customer's current matrix and the contact points verified at {@code
 * at}. Preferences are taken as they are now: their history arrives with the consent ledger.
 */
@ApplicationScoped
@Transactional
public class DefaultChannelResolver implements ChannelResolver {

  @Inject PreferenceSetRepository preferenceSets;
  @Inject ContactPointRepository contactPoints;

  @Override
  public List<ChannelDecision> resolve(String customerId, Category category, Instant at) {
    CustomerId id = new CustomerId(customerId);
    if (category == null || at == null) {
      throw new IllegalArgumentException("category and time are required");
    }
    var cells =
        preferenceSets.find(id).map(PreferenceSet::cells).orElseGet(PreferenceRules::defaultCells);
    Optional<String> email =
        contactPoints.newestVerified(id, ContactKind.EMAIL, at).map(ContactPoint::value);
    Optional<String> mobile =
        contactPoints.newestVerified(id, ContactKind.SMS, at).map(ContactPoint::value);
    return ChannelResolution.decide(cells, email, mobile, category);
  }
}
