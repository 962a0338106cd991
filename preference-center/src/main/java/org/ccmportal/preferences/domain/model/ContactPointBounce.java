package org.ccmportal.preferences.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An append-only record that mail to a contact point bounced permanently: the delivery status code
 * from the report (RFC 3463, e.g. {@code 5.1.1}) and when the report was processed. Holds no
 * address and no message text.
 */
@Entity
@Table(name = "contact_point_bounce")
public class ContactPointBounce {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contact_point_id", nullable = false, updatable = false)
  private long contactPointId;

  @Column(name = "status", nullable = false, updatable = false, length = 16)
  private String status;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  protected ContactPointBounce() {}

  public ContactPointBounce(long contactPointId, DeliveryStatus.Recipient report, Instant now) {
    this.contactPointId = contactPointId;
    this.status = report.status();
    this.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public String status() {
    return status;
  }
}
