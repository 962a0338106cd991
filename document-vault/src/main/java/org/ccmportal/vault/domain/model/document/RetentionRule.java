package org.ccmportal.vault.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.domain.model.retention.LifeEvent;
import org.ccmportal.vault.domain.model.retention.RetentionRuleDates;
import org.ccmportal.vault.domain.model.retention.RetentionTrigger;

/**
 * How long a type of document is kept and what starts the period: its issue date (statements, 7
 * years) or an event about the customer (a policy document, 10 years after the policy ends). Until
 * that event is recorded, an event-based document is kept indefinitely. Kept in the database so
 * that an administrator can change it; a change applies to documents published afterwards.
 */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {

  /** Longest period an administrator may set. */
  public static final Period MAX_PERIOD = Period.ofYears(100);

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "document_type")
  private DocumentType documentType;

  @Column(name = "retention_period", nullable = false)
  private String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "retention_trigger", nullable = false)
  private RetentionTrigger trigger = RetentionTrigger.ISSUE_DATE;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_event")
  private LifeEvent event;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy = "system";

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.EPOCH;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected RetentionRule() {}

  public RetentionRule(DocumentType documentType, Period period) {
    this.documentType = documentType;
    this.period = checkedPeriod(period).toString();
  }

  /**
   * Changes the rule: a period (1 day to 100 years) from the issue date, or from an event (then
   * {@code event} is required).
   */
  public void change(
      Period newPeriod, RetentionTrigger newTrigger, LifeEvent newEvent, String by, Instant now) {
    if (newTrigger == null) {
      throw new InvalidRequestException("trigger", "trigger is required (ISSUE_DATE or EVENT)");
    }
    if (newTrigger == RetentionTrigger.EVENT && newEvent == null) {
      throw new InvalidRequestException("event", "an EVENT rule needs the event that starts it");
    }
    if (newTrigger == RetentionTrigger.ISSUE_DATE && newEvent != null) {
      throw new InvalidRequestException("event", "an ISSUE_DATE rule takes no event");
    }
    this.period = checkedPeriod(newPeriod).toString();
    this.trigger = newTrigger;
    this.event = newEvent;
    this.updatedBy = Objects.requireNonNull(by, "by");
    this.updatedAt = now;
  }

  /**
   * The retain-until date of a document of this type issued at {@code issuedAt} (UTC); for an
   * event-based rule, {@link RetentionRuleDates#UNTIL_EVENT} until the event is recorded.
   */
  public Instant retainUntil(Instant issuedAt) {
    if (trigger == RetentionTrigger.EVENT) {
      return RetentionRuleDates.UNTIL_EVENT;
    }
    return plusPeriod(issuedAt);
  }

  /** The retain-until date once the rule's event happened at {@code occurredAt}. */
  public Instant retainUntilAfterEvent(Instant occurredAt) {
    return plusPeriod(occurredAt);
  }

  /** Whether this rule waits for {@code candidate}. */
  public boolean startsAt(LifeEvent candidate) {
    return trigger == RetentionTrigger.EVENT && event == candidate;
  }

  private Instant plusPeriod(Instant start) {
    return start.atZone(ZoneOffset.UTC).plus(Period.parse(period)).toInstant();
  }

  private static Period checkedPeriod(Period p) {
    if (p == null) {
      throw new InvalidRequestException("period", "period is required, e.g. P7Y");
    }
    Instant base = Instant.parse("2000-01-01T00:00:00Z");
    Instant end = base.atZone(ZoneOffset.UTC).plus(p).toInstant();
    if (!end.isAfter(base)
        || end.isAfter(base.atZone(ZoneOffset.UTC).plus(MAX_PERIOD).toInstant())
        || p.isNegative()) {
      throw new InvalidRequestException(
          "period", "period must be positive and at most 100 years, e.g. P7Y or P18M");
    }
    return p;
  }

  public DocumentType documentType() {
    return documentType;
  }

  public Period period() {
    return Period.parse(period);
  }

  public RetentionTrigger trigger() {
    return trigger;
  }

  public LifeEvent event() {
    return event;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long rowVersion() {
    return rowVersion;
  }
}
