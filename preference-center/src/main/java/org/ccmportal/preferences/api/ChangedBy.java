package org.ccmportal.preferences.api;

import java.util.Objects;

/**
 * Who made a change and how. Staff may act on a customer's behalf only with a reason, which is
 * recorded with the change.
 *
 * @param method how the change was made
 * @param actor who made it (user name of the customer or staff member, or the link)
 * @param reason why staff made it; null for the customer's own changes
 */
public record ChangedBy(ChangeMethod method, String actor, String reason) {
  static final int MAX_REASON = 500;

  public ChangedBy {
    Objects.requireNonNull(method, "method");
    if (actor == null || actor.isBlank() || actor.length() > 128) {
      throw new IllegalArgumentException("actor is required (at most 128 characters)");
    }
    if (method == ChangeMethod.STAFF_ON_BEHALF && (reason == null || reason.isBlank())) {
      throw new InvalidChangeException(
          "reason", "reason is required when staff act on a customer's behalf");
    }
    if (reason != null && reason.strip().length() > MAX_REASON) {
      throw new InvalidChangeException("reason", "reason must be at most 500 characters");
    }
    reason = reason == null ? null : reason.strip();
  }

  /** The customer themselves. */
  public static ChangedBy customer(ChangeMethod method, String actor) {
    return new ChangedBy(method, actor, null);
  }

  /** A staff member for the customer, with the mandatory reason. */
  public static ChangedBy staff(String staffActor, String reason) {
    return new ChangedBy(ChangeMethod.STAFF_ON_BEHALF, staffActor, reason);
  }
}
