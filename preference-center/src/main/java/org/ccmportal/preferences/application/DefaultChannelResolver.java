package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChannelDecision;
import org.ccmportal.preferences.api.ChannelResolver;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.DeliverySettingsService;
import org.ccmportal.preferences.api.PreferenceCell;
import org.ccmportal.preferences.domain.model.ChannelResolution;
import org.ccmportal.preferences.domain.model.ConsentLedger;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.domain.model.ContactPoint;
import org.ccmportal.preferences.domain.model.ContactPointRepository;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.PreferenceRules;
import org.ccmportal.preferences.domain.model.PreferenceSet;
import org.ccmportal.preferences.domain.model.PreferenceSetRepository;

/**
 * Resolves channels from the customer's current matrix and the contact points verified at {@code
 * at}. Preferences are taken as they are now. Marketing by email or SMS is used only while its
 * consent is granted in the ledger, whatever the matrix says; legally required documents go to
 * print unless the paperless consent is granted, and no SMS is sent during the customer's quiet
 * hours at {@code at} (see {@link ChannelResolution}). An email address whose mail bounced
 * permanently is not used; legally required documents then go to print (reason {@code
 * EMAIL_BOUNCED}).
 */
@ApplicationScoped
@Transactional
public class DefaultChannelResolver implements ChannelResolver {

  @Inject PreferenceSetRepository preferenceSets;
  @Inject ContactPointRepository contactPoints;
  @Inject ConsentLedger ledger;
  @Inject DeliverySettingsService settings;

  @Override
  public List<ChannelDecision> resolve(String customerId, Category category, Instant at) {
    CustomerId id = new CustomerId(customerId);
    if (category == null || at == null) {
      throw new IllegalArgumentException("category and time are required");
    }
    List<PreferenceCell> cells =
        preferenceSets.find(id).map(PreferenceSet::cells).orElseGet(PreferenceRules::defaultCells);
    Set<ConsentPurpose> granted = ConsentLedger.granted(ledger.history(id));
    if (category == Category.MARKETING) {
      cells =
          cells.stream()
              .map(
                  c ->
                      c.enabled() && !PreferenceRules.marketingAllowed(c.channel(), granted)
                          ? new PreferenceCell(
                              c.category(), c.channel(), false, c.locked(), c.lockReason())
                          : c)
              .toList();
    }
    Optional<String> email =
        contactPoints.newestVerified(id, ContactKind.EMAIL, at).map(ContactPoint::value);
    Optional<String> mobile =
        contactPoints.newestVerified(id, ContactKind.SMS, at).map(ContactPoint::value);
    boolean emailBounced = email.isEmpty() && contactPoints.anyBounced(id, ContactKind.EMAIL);
    List<ChannelDecision> decisions =
        ChannelResolution.decide(
            cells,
            email,
            mobile,
            category,
            granted.contains(ConsentPurpose.PAPERLESS),
            emailBounced);
    return ChannelResolution.outsideQuietHours(decisions, settings.current(customerId), at);
  }
}
