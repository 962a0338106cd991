package org.ccmportal.vault.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.ccmportal.vault.api.AccessDeniedException;
import org.ccmportal.vault.api.Actor;
import org.ccmportal.vault.api.DocumentType;
import org.ccmportal.vault.api.InvalidRequestException;
import org.ccmportal.vault.domain.model.document.RetentionRule;
import org.ccmportal.vault.domain.model.retention.LifeEvent;
import org.ccmportal.vault.domain.model.retention.RetainedObjects;
import org.ccmportal.vault.domain.model.retention.RetentionEvent;
import org.ccmportal.vault.domain.model.retention.RetentionRepository;
import org.ccmportal.vault.domain.model.retention.RetentionTrigger;

/**
 * Retention rules (changed by {@code admin}; a change applies to documents published afterwards)
 * and retention events (reported by {@code publisher} systems): recording an event gives the
 * customer's documents that waited for it their retain-until date, in the database and on the
 * stored object.
 */
@ApplicationScoped
public class RetentionService {
  private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());
  private static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  @Inject RetentionRepository repository;
  @Inject RetainedObjects objects;

  @Transactional
  public List<RetentionViews.Rule> rules(Actor actor) {
    requireRole(actor, "admin");
    return repository.rules().stream().map(RetentionViews.Rule::of).toList();
  }

  /** Changes the rule of one document type. */
  @Transactional
  public RetentionViews.Rule change(
      Actor actor, String documentType, String period, String trigger, String event) {
    requireRole(actor, "admin");
    DocumentType type = parse(DocumentType.class, "documentType", documentType, true);
    RetentionRule rule =
        repository
            .ruleForUpdate(type)
            .orElseThrow(
                () -> new InvalidRequestException("documentType", "no rule for " + documentType));
    rule.change(
        period(period),
        parse(RetentionTrigger.class, "trigger", trigger, true),
        parse(LifeEvent.class, "event", event, false),
        actor.subject(),
        Instant.now());
    LOG.info(() -> "retention rule " + type + " changed by " + actor.subject());
    return RetentionViews.Rule.of(rule);
  }

  /**
   * Records that {@code event} happened to the customer at {@code occurredAt}: every document of a
   * type whose rule starts at this event that is still waiting is retained until occurredAt (or its
   * issue date, if later) plus the rule's period.
   */
  @Transactional
  public RetentionViews.EventRecorded recordEvent(
      Actor actor, String customerId, String event, String occurredAt) {
    requireRole(actor, "publisher");
    if (customerId == null || !CUSTOMER_ID.matcher(customerId).matches()) {
      throw new InvalidRequestException(
          "customerId", "customerId must be 1-64 letters, digits, '-' or '_'");
    }
    LifeEvent lifeEvent = parse(LifeEvent.class, "event", event, true);
    Instant at = instant(occurredAt);
    Instant now = Instant.now();
    if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
      throw new InvalidRequestException("occurredAt", "occurredAt may not be in the future");
    }
    RetentionEvent recorded = new RetentionEvent(customerId, lifeEvent, at, actor.subject(), now);
    repository.add(recorded);
    int updated = 0;
    for (RetentionRule rule : repository.rules()) {
      if (rule.startsAt(lifeEvent)) {
        for (RetentionRepository.Waiting w :
            repository.waitingForEvent(customerId, rule.documentType())) {
          // a document issued after the event counts from its issue
          Instant until = rule.retainUntilAfterEvent(w.issuedAt().isAfter(at) ? w.issuedAt() : at);
          repository.retainUntil(w.documentId(), until);
          objects.retainUntil(w.objectKey(), until);
          updated++;
        }
      }
    }
    int count = updated;
    LOG.info(() -> "retention event " + lifeEvent + " recorded: " + count + " documents dated");
    return new RetentionViews.EventRecorded(recorded.id() == null ? 0 : recorded.id(), count);
  }

  private static Period period(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException("period", "period is required, e.g. P7Y");
    }
    try {
      return Period.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "period", "period must be an ISO-8601 period such as P7Y or P18M");
    }
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException("occurredAt", "occurredAt is required");
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "occurredAt", "occurredAt must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidRequestException(field, field + " is required");
      }
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          field, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  static void requireRole(Actor actor, String role) {
    if (!actor.hasRole(role)) {
      throw new AccessDeniedException("this needs role " + role);
    }
  }
}
