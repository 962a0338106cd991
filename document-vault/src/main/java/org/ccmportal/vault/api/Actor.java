package org.ccmportal.vault.api;

import java.util.Set;

/**
 * Who is asking, as established by authentication. The customer id comes from the token, never from
 * the request.
 *
 * @param subject user or client name
 * @param customerId the customer id claim, or null for staff and systems
 * @param roles realm roles
 */
public record Actor(String subject, String customerId, Set<String> roles) {
  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
