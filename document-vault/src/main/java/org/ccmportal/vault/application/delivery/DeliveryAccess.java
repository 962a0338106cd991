package org.ccmportal.vault.application.delivery;

import java.util.Arrays;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;

/** Who may operate delivery: staff with one of the roles the use case names. */
final class DeliveryAccess {
  private DeliveryAccess() {}

  static void requireAnyRole(Actor actor, String... roles) {
    if (actor == null || Arrays.stream(roles).noneMatch(actor::hasRole)) {
      throw new AccessDeniedException("this needs one of the roles " + String.join(", ", roles));
    }
  }
}
