package org.ccmportal.preferences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.preferences.api.ConsentText;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.ccmportal.preferences.domain.model.ChangeJournal;
import org.ccmportal.preferences.domain.model.ConsentLedger;
import org.ccmportal.preferences.domain.model.ConsentRecord;
import org.ccmportal.preferences.domain.model.ConsentTexts;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.PreferenceChange;
import org.ccmportal.preferences.domain.model.PreferenceSet;
import org.ccmportal.preferences.domain.model.PreferenceSetRepository;

/**
 * Appends consent decisions to the ledger, makes the matrix follow them (marketing by email or SMS
 * is on exactly while its consent is granted) and archives every record, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class DefaultConsentService implements ConsentService {
  private static final Logger LOG = Logger.getLogger(DefaultConsentService.class.getName());

  @Inject ConsentLedger ledger;
  @Inject PreferenceSetRepository preferenceSets;
  @Inject ChangeJournal journal;
  @Inject ArchiveService archive;

  @Override
  public List<ConsentEntry> history(String customerId) {
    return ledger.history(new CustomerId(customerId));
  }

  @Override
  public Map<ConsentPurpose, ConsentEntry> current(String customerId) {
    return ConsentLedger.current(history(customerId));
  }

  @Override
  public ConsentText currentText(ConsentPurpose purpose) {
    return ConsentTexts.current(purpose);
  }

  @Override
  public ConsentEntry record(
      String customerId,
      ConsentPurpose purpose,
      ConsentDecision decision,
      Integer textVersion,
      ChangedBy by) {
    return record(customerId, purpose, decision, textVersion, false, by);
  }

  @Override
  public ConsentEntry record(
      String customerId,
      ConsentPurpose purpose,
      ConsentDecision decision,
      Integer textVersion,
      boolean sampleOpened,
      ChangedBy by) {
    CustomerId id = new CustomerId(customerId);
    if (purpose == null) {
      throw new InvalidChangeException("purpose", "purpose is required");
    }
    if (decision == null) {
      throw new InvalidChangeException("decision", "decision is required (GRANTED or WITHDRAWN)");
    }
    if (purpose == ConsentPurpose.PAPERLESS
        && decision == ConsentDecision.GRANTED
        && !sampleOpened) {
      throw new InvalidChangeException(
          "sampleOpened",
          "sampleOpened must be true: paperless delivery needs the customer's confirmation that"
              + " they can open the sample PDF");
    }
    ConsentText current = ConsentTexts.current(purpose);
    ConsentText text;
    if (textVersion == null) {
      if (decision == ConsentDecision.GRANTED) {
        throw new InvalidChangeException(
            "textVersion",
            "textVersion is required to grant (the version of the text shown; current is "
                + current.version()
                + ")");
      }
      text = current;
    } else if (decision == ConsentDecision.GRANTED && textVersion != current.version()) {
      throw new InvalidChangeException(
          "textVersion",
          "textVersion must be the current version " + current.version() + " of " + purpose);
    } else {
      text =
          ConsentTexts.version(purpose, textVersion)
              .orElseThrow(
                  () ->
                      new InvalidChangeException(
                          "textVersion", "textVersion " + textVersion + " does not exist"));
    }
    Instant now = Instant.now();
    ConsentEntry entry = ledger.append(new ConsentRecord(id, decision, text, by, now)).toEntry();
    follow(id, purpose, decision == ConsentDecision.GRANTED, by, now);
    archive.append(
        new ArchiveEntry(
            "consent:" + entry.id(),
            "CONSENT",
            customerId,
            null,
            null,
            null,
            null,
            null,
            json(entry),
            entry.recordedAt(),
            "application/json",
            json(entry).getBytes(StandardCharsets.UTF_8)));
    LOG.info("consent " + entry.id() + ": " + purpose + " " + decision + " by " + by.method());
    return entry;
  }

  private void follow(
      CustomerId id, ConsentPurpose purpose, boolean granted, ChangedBy by, Instant now) {
    if (purpose.marketingChannel().isEmpty()) {
      return;
    }
    PreferenceSet set =
        preferenceSets
            .find(id)
            .orElseGet(() -> preferenceSets.add(PreferenceSet.withDefaults(id, now)));
    set.followConsent(purpose, granted, now);
    preferenceSets.save(set);
    journal.append(
        new PreferenceChange(
            id,
            org.ccmportal.preferences.api.Category.MARKETING,
            purpose.marketingChannel().get(),
            granted,
            by,
            now));
  }

  /** The record as archived and exported: every field, nothing else. */
  public static String json(ConsentEntry e) {
    var b =
        Json.createObjectBuilder()
            .add("id", e.id())
            .add("customerId", e.customerId())
            .add("purpose", e.purpose().name())
            .add("decision", e.decision().name())
            .add("textVersion", e.textVersion())
            .add("textSha256", e.textSha256())
            .add("recordedAt", e.recordedAt().toString())
            .add("method", e.method().name())
            .add("actor", e.actor());
    if (e.reason() != null) {
      b.add("reason", e.reason());
    } else {
      b.addNull("reason");
    }
    return b.build().toString();
  }
}
