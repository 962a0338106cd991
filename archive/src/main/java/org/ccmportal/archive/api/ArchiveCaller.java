package org.ccmportal.archive.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who reads the archive: the authenticated user's name and roles, and the case reference they give
 * for this access (or null). Every read is audited with these.
 *
 * @param name user name (from the token, never from the request)
 * @param roles the user's roles
 * @param caseReference the case this access is for, up to 128 characters, or null
 */
public record ArchiveCaller(String name, Set<String> roles, String caseReference) {

  /** The roles that may read the archive. */
  public static final Set<String> READER_ROLES = Set.of("regulator", "approver");

  public ArchiveCaller {
    Objects.requireNonNull(name, "name");
    roles = Set.copyOf(roles);
    if (caseReference != null && caseReference.isBlank()) {
      caseReference = null;
    }
    if (caseReference != null && caseReference.length() > 128) {
      throw new InvalidArchiveRequestException("caseReference", "at most 128 characters");
    }
  }

  /** Whether the caller may read the archive (regulator or approver). */
  public boolean isReader() {
    return roles.stream().anyMatch(READER_ROLES::contains);
  }

  /** The role recorded in the audit trail: regulator before approver. */
  public String auditRole() {
    return roles.contains("regulator") ? "regulator" : "approver";
  }
}
