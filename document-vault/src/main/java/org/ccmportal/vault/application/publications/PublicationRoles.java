package org.ccmportal.vault.application.publications;

import java.util.Set;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;

/** Who may do what with publications, and the actor a publication's run publishes as. */
final class PublicationRoles {
  private PublicationRoles() {}

  static void requireAny(Actor actor, String... roles) {
    for (String role : roles) {
      if (actor != null && actor.hasRole(role)) {
        return;
      }
    }
    throw new AccessDeniedException(
        "publications need one of the roles " + String.join(", ", roles));
  }

  static void requireBackOffice(Actor actor) {
    requireAny(actor, "publisher", "approver", "admin");
  }

  /**
   * The publication itself as the submitter of its bulk run: approval by a second person is what
   * authorises it, whoever (or whatever timer) starts it.
   */
  static Actor runner(long publicationId) {
    return new Actor("publication-" + publicationId, null, Set.of("publisher"));
  }
}
