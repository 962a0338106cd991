package org.ccmportal.preferences.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ccmportal.preferences.api.ChangeMethod;

/**
 * An append-only record that a customer removed one of their contact points: which one, how (on the
 * portal's page or through the API) and when. Holds no address. One per contact point.
 */
@Entity
@Table(name = "contact_point_removal")
public class ContactPointRemoval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contact_point_id", nullable = false, updatable = false)
  private long contactPointId;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false, length = 32)
  private ChangeMethod method;

  @Column(name = "removed_at", nullable = false, updatable = false)
  private Instant removedAt;

  protected ContactPointRemoval() {}

  /** The record of a removal that just happened: {@code point} must be removed already. */
  public ContactPointRemoval(ContactPoint point, ChangeMethod method) {
    if (method != ChangeMethod.PORTAL && method != ChangeMethod.API) {
      throw new IllegalArgumentException("a customer removes a contact point on the portal or API");
    }
    if (!point.removed() || point.id() == null) {
      throw new IllegalArgumentException("only a stored contact point that was removed");
    }
    this.contactPointId = point.id();
    this.method = method;
    this.removedAt = point.removedTime();
  }

  public Long id() {
    return id;
  }

  public long contactPointId() {
    return contactPointId;
  }

  public ChangeMethod method() {
    return method;
  }

  public Instant removedAt() {
    return removedAt;
  }
}
