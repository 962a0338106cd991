package org.ccmportal.vault.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.ccmportal.vault.domain.model.delivery.RetryPolicy;

/**
 * The retry policy of deliveries, from {@code CCM_DELIVERY_MAX_ATTEMPTS} (default 5) and {@code
 * CCM_DELIVERY_BACKOFF_S} (default 30). A bad value stops the deployment with the variable's name.
 */
@ApplicationScoped
public class DeliveryConfiguration {
  private final RetryPolicy policy = RetryPolicy.fromEnvironment(System.getenv());

  @Produces
  RetryPolicy retryPolicy() {
    return policy;
  }
}
