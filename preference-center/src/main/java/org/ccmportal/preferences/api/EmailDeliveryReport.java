package org.ccmportal.preferences.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A mail server's report on one email the portal sent (a delivery status notification, RFC 3464),
 * tied to that email by its original {@code Message-ID}. The preference center reads these from the
 * bounce mailbox and fires one as a CDI event per recipient, in the transaction that applied it to
 * the contact points (so a permanent failure has already marked the address BOUNCED): the sender of
 * the message records what happened to it. A failing observer rolls the report back and it is read
 * again at the next poll.
 *
 * @param originalMessageId the {@code Message-ID} of the email reported on, with its angle brackets
 * @param address the final recipient as reported
 * @param action {@code failed}, {@code delayed}, {@code delivered}, {@code relayed} or {@code
 *     expanded}
 * @param status the RFC 3463 status code, e.g. {@code 5.1.1}
 * @param reportedAt when the portal read the report
 */
public record EmailDeliveryReport(
    String originalMessageId, String address, String action, String status, Instant reportedAt) {

  public EmailDeliveryReport {
    Objects.requireNonNull(originalMessageId, "originalMessageId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }

  /** The email will never arrive: action failed with a status of class 5. */
  public boolean permanentFailure() {
    return "failed".equals(action) && status.startsWith("5.");
  }

  /** The receiving server reported the email delivered to the mailbox. */
  public boolean delivered() {
    return "delivered".equals(action) && status.startsWith("2.");
  }
}
