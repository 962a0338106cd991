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
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentText;

/**
 * One grant or withdrawal in the consent ledger. Records are only ever added: a later record for
 * the same purpose supersedes an earlier one, nothing is changed in place (the database refuses
 * UPDATE and DELETE).
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false, length = 64)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false, length = 32)
  private ConsentPurpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, updatable = false, length = 16)
  private ConsentDecision decision;

  @Column(name = "text_version", nullable = false, updatable = false)
  private int textVersion;

  @Column(name = "text_sha256", nullable = false, updatable = false, length = 64)
  private String textSha256;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false, length = 32)
  private ChangeMethod method;

  @Column(name = "actor", nullable = false, updatable = false, length = 128)
  private String actor;

  @Column(name = "reason", updatable = false, length = 500)
  private String reason;

  protected ConsentRecord() {}

  /** A new record of the decision on the given text version. */
  public ConsentRecord(
      CustomerId customerId,
      ConsentDecision decision,
      ConsentText text,
      ChangedBy by,
      Instant now) {
    this.customerId = customerId.value();
    this.purpose = text.purpose();
    this.decision = decision;
    this.textVersion = text.version();
    this.textSha256 = text.sha256();
    this.recordedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.method = by.method();
    this.actor = by.actor();
    this.reason = by.reason();
  }

  public ConsentEntry toEntry() {
    return new ConsentEntry(
        id,
        customerId,
        purpose,
        decision,
        textVersion,
        textSha256,
        recordedAt,
        method,
        actor,
        reason);
  }
}
