package org.ccmportal.vault.application.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.CustomerProfileFacade;
import org.ccmportal.vault.api.CustomerProfileView;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.domain.model.customer.CustomerProfile;
import org.ccmportal.vault.domain.model.customer.CustomerProfileRepository;
import org.ccmportal.vault.domain.model.customer.Segment;

@ApplicationScoped
@Transactional
public class DefaultCustomerProfileService implements CustomerProfileFacade {
  private static final Logger LOG = Logger.getLogger(DefaultCustomerProfileService.class.getName());
  private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  @Inject CustomerProfileRepository profiles;

  @Override
  public CustomerProfileView put(
      Actor actor, String customerId, String region, List<String> products) {
    requireAny(actor, "publisher", "admin");
    CustomerProfile profile = CustomerProfile.of(customerId(customerId), region, products);
    profiles.put(profile, actor.subject(), Instant.now());
    LOG.info(
        () ->
            "customer profile "
                + customerId
                + " set: region "
                + profile.region()
                + ", "
                + profile.products().size()
                + " products");
    return view(profile);
  }

  @Override
  public Optional<CustomerProfileView> find(Actor actor, String customerId) {
    requireAny(actor, "publisher", "approver", "admin");
    return profiles.find(customerId(customerId)).map(DefaultCustomerProfileService::view);
  }

  @Override
  public long segmentSize(Actor actor, String region, String product) {
    requireAny(actor, "publisher", "approver", "admin");
    return profiles.count(Segment.of(region, product));
  }

  private static String customerId(String id) {
    if (id == null || !CUSTOMER_ID.matcher(id).matches()) {
      throw new InvalidRequestException(
          "customerId", "customerId must be 1-64 letters, digits, '-' or '_'");
    }
    return id;
  }

  private static CustomerProfileView view(CustomerProfile p) {
    return new CustomerProfileView(p.customerId(), p.region(), p.products());
  }

  private static void requireAny(Actor actor, String... roles) {
    for (String role : roles) {
      if (actor != null && actor.hasRole(role)) {
        return;
      }
    }
    throw new AccessDeniedException(
        "customer profiles need one of the roles " + String.join(", ", roles));
  }
}
