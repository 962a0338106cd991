package org.ccmportal.vault.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.ccmportal.vault.api.DocumentType;

/**
 * How long a type of document is kept, counted from its issue date (e.g. statements 7 years). Kept
 * in the database so that an administrator can change it.
 */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "document_type")
  private DocumentType documentType;

  @Column(name = "retention_period", nullable = false)
  private String period;

  protected RetentionRule() {}

  public RetentionRule(DocumentType documentType, Period period) {
    this.documentType = documentType;
    this.period = period.toString();
  }

  /** The retain-until date of a document of this type issued at {@code issuedAt} (UTC). */
  public Instant retainUntil(Instant issuedAt) {
    return issuedAt.atZone(ZoneOffset.UTC).plus(Period.parse(period)).toInstant();
  }

  public DocumentType documentType() {
    return documentType;
  }

  public Period period() {
    return Period.parse(period);
  }
}
