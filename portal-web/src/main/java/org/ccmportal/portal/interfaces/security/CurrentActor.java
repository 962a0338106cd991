package org.ccmportal.portal.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccmportal.vault.api.Actor;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Produces the {@link Actor} of the current request from the authenticated OIDC principal. The
 * customer id is the token's {@code customer_id} claim: never taken from the request.
 */
@RequestScoped
public class CurrentActor {
  static final List<String> ROLES =
      List.of("customer", "publisher", "approver", "regulator", "admin", "service");

  @Inject HttpServletRequest request;

  /** Dependent scope: an {@link Actor} is an immutable value, made afresh for each injection. */
  @Produces
  public Actor actor() {
    return of(request);
  }

  /** The actor of a request; anonymous (no roles) when nobody is logged in. */
  public static Actor of(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (principal == null) {
      return new Actor("anonymous", null, Set.of());
    }
    Set<String> roles = new HashSet<>();
    for (String role : ROLES) {
      if (request.isUserInRole(role)) {
        roles.add(role);
      }
    }
    String customerId = null;
    String name = principal.getName();
    if (principal instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
      var token = oidc.getOidcSecurityContext().getToken();
      if (token != null) {
        customerId = token.getClaimValueAsString("customer_id");
        String preferred = token.getPreferredUsername();
        if (preferred != null) {
          name = preferred;
        }
      }
    }
    return new Actor(name, customerId, roles);
  }
}
