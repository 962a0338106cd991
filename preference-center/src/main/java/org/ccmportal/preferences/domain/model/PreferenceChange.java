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
import java.time.temporal.ChronoUnit;
import org.ccmportal.preferences.api.Category;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.Channel;

/**
 * One change of one cell of a customer's matrix, append-only: who made it and how; a change staff
 * made on the customer's behalf carries its reason.
 */
@Entity
@Table(name = "preference_change")
public class PreferenceChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false, length = 64)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, updatable = false, length = 32)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false, length = 16)
  private Channel channel;

  @Column(name = "enabled", nullable = false, updatable = false)
  private boolean enabled;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false, length = 32)
  private ChangeMethod method;

  @Column(name = "actor", nullable = false, updatable = false, length = 128)
  private String actor;

  @Column(name = "reason", updatable = false, length = 500)
  private String reason;

  protected PreferenceChange() {}

  public PreferenceChange(
      CustomerId customerId,
      Category category,
      Channel channel,
      boolean enabled,
      ChangedBy by,
      Instant now) {
    this.customerId = customerId.value();
    this.category = category;
    this.channel = channel;
    this.enabled = enabled;
    this.changedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.method = by.method();
    this.actor = by.actor();
    this.reason = by.reason();
  }
}
