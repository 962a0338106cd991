package org.ccmportal.archive.api;

import java.util.List;

/**
 * A regulator request and its progress.
 *
 * @param id request id
 * @param requestedBy the regulator who filed it
 * @param caseReference the case
 * @param scope the scope as JSON text
 * @param dueDate when the regulator needs it (ISO date)
 * @param status current status: REQUESTED, APPROVED, REJECTED, RUNNING, READY, FAILED, DOWNLOADED
 * @param recordCount records in the package once built, or null
 * @param packageSha256 hex SHA-256 of the package ZIP once built, or null
 * @param expiresAt until when the package can be downloaded, or null
 * @param history every step: status, actor, reason, at
 */
public record RequestView(
    String id,
    String requestedBy,
    String caseReference,
    String scope,
    String dueDate,
    String status,
    Integer recordCount,
    String packageSha256,
    String expiresAt,
    List<Step> history) {

  /** One step of a request. */
  public record Step(String status, String actor, String reason, String at) {}
}
