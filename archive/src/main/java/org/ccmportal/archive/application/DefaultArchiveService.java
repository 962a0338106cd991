package org.ccmportal.archive.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveEntry;
import org.ccmportal.archive.api.ArchiveReceipt;
import org.ccmportal.archive.api.ArchiveService;
import org.ccmportal.archive.domain.model.ArchiveEnvelope;
import org.ccmportal.archive.domain.model.ArchiveObjectStore;
import org.ccmportal.archive.domain.model.ArchiveRecord;
import org.ccmportal.archive.domain.model.ArchiveRecordRepository;
import org.ccmportal.archive.domain.model.ObjectKey;
import org.ccmportal.archive.domain.model.RetentionPolicy;
import org.ccmportal.archive.domain.model.Sha256;

/**
 * Appends entries to the archive: content to the WORM store first, then the record as the next leaf
 * of the log, in the caller's transaction. If the transaction rolls back after the upload, the
 * object stays in the store unreferenced (it cannot be deleted) and is reused, by its
 * content-addressed key, when the same content is archived again.
 */
@ApplicationScoped
public class DefaultArchiveService implements ArchiveService {

  private static final Logger LOG = Logger.getLogger(DefaultArchiveService.class.getName());

  private ArchiveRecordRepository records;
  private ArchiveObjectStore store;
  private RetentionPolicy retention;
  private Clock clock;

  /** For the CDI proxy only. */
  protected DefaultArchiveService() {}

  @Inject
  public DefaultArchiveService(
      ArchiveRecordRepository records, ArchiveObjectStore store, RetentionPolicy retention) {
    this(records, store, retention, Clock.systemUTC());
  }

  DefaultArchiveService(
      ArchiveRecordRepository records,
      ArchiveObjectStore store,
      RetentionPolicy retention,
      Clock clock) {
    this.records = records;
    this.store = store;
    this.retention = retention;
    this.clock = clock;
  }

  @Override
  @Transactional(TxType.REQUIRED)
  public ArchiveReceipt append(ArchiveEntry entry) {
    Objects.requireNonNull(entry, "entry");
    Optional<ArchiveRecord> existing = records.findByEventId(entry.eventId());
    if (existing.isPresent()) {
      return receipt(existing.get());
    }
    ArchiveEnvelope envelope = envelope(entry);
    byte[] content = entry.content();
    Sha256 contentSha256 = Sha256.of(content);
    ObjectKey key = ObjectKey.forContent(contentSha256);
    Instant retainUntil = retention.retainUntil(envelope.occurredAt(), envelope.category());
    // Upload before taking the log lock: appends wait on each other only for the row insert.
    store.put(key.value(), content, envelope.contentType(), retainUntil);

    records.lockLogForAppend();
    existing = records.findByEventId(entry.eventId()); // a concurrent append may have won
    if (existing.isPresent()) {
      return receipt(existing.get());
    }
    ArchiveRecord record =
        ArchiveRecord.create(
            envelope,
            contentSha256,
            content.length,
            key,
            retainUntil,
            clock.instant(),
            records.nextLeafIndex());
    records.add(record);
    LOG.info(
        () -> "archive: appended leaf " + record.leafIndex() + " object " + record.objectKey());
    return receipt(record);
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public Optional<ArchiveReceipt> findByEventId(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return records.findByEventId(eventId).map(DefaultArchiveService::receipt);
  }

  private static ArchiveEnvelope envelope(ArchiveEntry e) {
    return new ArchiveEnvelope(
        e.eventId(),
        e.kind(),
        e.customerId(),
        e.category(),
        e.channel(),
        e.templateId(),
        e.templateVersion(),
        e.dataSha256() == null ? null : Sha256.parse("dataSha256", e.dataSha256()),
        e.consentSnapshot(),
        e.occurredAt(),
        e.contentType());
  }

  private static ArchiveReceipt receipt(ArchiveRecord r) {
    return new ArchiveReceipt(
        r.id(), r.leafIndex(), r.objectKey(), r.contentSha256(), r.retainUntil());
  }
}
