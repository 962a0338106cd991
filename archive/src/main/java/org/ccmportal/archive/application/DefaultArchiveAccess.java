package org.ccmportal.archive.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmportal.archive.api.ArchiveAccess;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.ArchiveQuery;
import org.ccmportal.archive.api.ArchiveRecordNotFoundException;
import org.ccmportal.archive.api.ConsistencyProofView;
import org.ccmportal.archive.api.InclusionProofView;
import org.ccmportal.archive.api.InvalidArchiveRequestException;
import org.ccmportal.archive.api.RecordContent;
import org.ccmportal.archive.api.RecordPage;
import org.ccmportal.archive.api.RecordView;
import org.ccmportal.archive.api.TreeHeadView;
import org.ccmportal.archive.api.VerificationReport;
import org.ccmportal.archive.domain.merkle.Ed25519Keys;
import org.ccmportal.archive.domain.merkle.LeafEncoding;
import org.ccmportal.archive.domain.merkle.MerkleProofs;
import org.ccmportal.archive.domain.model.ArchiveObjectStore;
import org.ccmportal.archive.domain.model.ArchiveRecord;
import org.ccmportal.archive.domain.model.ArchiveRecordRepository;
import org.ccmportal.archive.domain.model.SearchCriteria;
import org.ccmportal.archive.domain.model.SignedTreeHead;

/**
 * Reads of the archive for regulators and approvers. The role check comes first; a search or a view
 * of a record is audited in the same transaction, so there is no read without its audit record.
 */
@ApplicationScoped
public class DefaultArchiveAccess implements ArchiveAccess {

  /** Largest page of a search. */
  public static final int MAX_LIMIT = 200;

  @Inject ArchiveRecordRepository records;
  @Inject TreeHeadService treeHeads;
  @Inject SigningKeyProvider signingKey;
  @Inject AuditTrail audit;
  @Inject ArchiveVerification verification;
  @Inject ArchiveObjectStore store;

  @Override
  @Transactional(TxType.REQUIRED)
  public TreeHeadView treeHead(ArchiveCaller caller) {
    requireReader(caller);
    return view(treeHeads.current());
  }

  @Override
  public String publicKeyPem() {
    return Ed25519Keys.toPem(signingKey.keyPair().getPublic());
  }

  /** The signing public key. */
  public PublicKey publicKey() {
    return signingKey.keyPair().getPublic();
  }

  @Override
  @Transactional(TxType.REQUIRED)
  public InclusionProofView inclusionProof(ArchiveCaller caller, long recordId, Long treeSize) {
    requireReader(caller);
    ArchiveRecord record =
        records.findById(recordId).orElseThrow(() -> new ArchiveRecordNotFoundException(recordId));
    long size = treeSize == null ? treeHeads.current().treeSize() : treeSize;
    long logSize = records.size();
    if (size < 1 || size > logSize) {
      throw new InvalidArchiveRequestException(
          "treeSize", "must be between 1 and the log size " + logSize + ", was " + size);
    }
    if (record.leafIndex() >= size) {
      throw new InvalidArchiveRequestException(
          "treeSize",
          "record " + recordId + " (leaf " + record.leafIndex() + ") is not in a tree of " + size);
    }
    List<String> path =
        MerkleProofs.inclusionProof(treeHeads.leafHashes(size), (int) record.leafIndex()).stream()
            .map(HexFormat.of()::formatHex)
            .toList();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recordId", recordId);
    details.put("treeSize", size);
    long auditId = audit.record(caller, "VIEW_INCLUSION_PROOF", details);
    return new InclusionProofView(
        recordId,
        record.leafIndex(),
        size,
        new String(LeafEncoding.encode(record.leafEnvelope()), StandardCharsets.UTF_8),
        record.leafHash(),
        path,
        auditId);
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public ConsistencyProofView consistencyProof(ArchiveCaller caller, long first, long second) {
    requireReader(caller);
    long logSize = records.size();
    if (first < 1) {
      throw new InvalidArchiveRequestException("first", "must be at least 1, was " + first);
    }
    if (second < first || second > logSize) {
      throw new InvalidArchiveRequestException(
          "second", "must be between first (" + first + ") and the log size " + logSize);
    }
    List<String> proof =
        MerkleProofs.consistencyProof(treeHeads.leafHashes(second), (int) first).stream()
            .map(HexFormat.of()::formatHex)
            .toList();
    return new ConsistencyProofView(first, second, proof);
  }

  @Override
  @Transactional(TxType.REQUIRED)
  public RecordPage search(ArchiveCaller caller, ArchiveQuery q, int offset, int limit) {
    requireReader(caller);
    if (offset < 0) {
      throw new InvalidArchiveRequestException("offset", "must not be negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidArchiveRequestException("limit", "must be between 1 and " + MAX_LIMIT);
    }
    SearchCriteria criteria =
        new SearchCriteria(
            q.customerId(), q.from(), q.to(), q.category(), q.channel(), q.templateId(), q.kind());
    long total = records.count(criteria);
    List<RecordView> page =
        records.search(criteria, offset, limit).stream().map(DefaultArchiveAccess::view).toList();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("customerId", q.customerId());
    details.put("from", q.from() == null ? null : q.from().toString());
    details.put("to", q.to() == null ? null : q.to().toString());
    details.put("category", q.category());
    details.put("channel", q.channel());
    details.put("templateId", q.templateId());
    details.put("kind", q.kind());
    details.put("offset", offset);
    details.put("limit", limit);
    details.put("resultIds", page.stream().map(RecordView::id).toList());
    long auditId = audit.record(caller, "SEARCH", details);
    return new RecordPage(total, offset, limit, page, auditId);
  }

  @Override
  @Transactional(TxType.REQUIRED)
  public RecordContent content(ArchiveCaller caller, long recordId) {
    requireReader(caller);
    ArchiveRecord record =
        records.findById(recordId).orElseThrow(() -> new ArchiveRecordNotFoundException(recordId));
    byte[] bytes = store.get(record.objectKey());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recordId", recordId);
    long auditId = audit.record(caller, "VIEW_CONTENT", details);
    return new RecordContent(record.contentType(), bytes, auditId);
  }

  @Override
  @Transactional(TxType.NOT_SUPPORTED)
  public VerificationReport verify(ArchiveCaller caller) {
    requireReader(caller);
    VerificationReport report = verification.run();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("ok", report.ok());
    details.put("checkedRecords", report.checkedRecords());
    details.put("firstBadRecordId", report.firstBadRecordId());
    verification.audit(caller, details);
    return report;
  }

  private static void requireReader(ArchiveCaller caller) {
    if (caller == null || !caller.isReader()) {
      throw new ArchiveAccessDeniedException();
    }
  }

  static TreeHeadView view(SignedTreeHead h) {
    return new TreeHeadView(
        h.treeSize(),
        h.rootHash(),
        h.issuedAt().toEpochMilli(),
        h.issuedAt().toString(),
        h.keyId(),
        h.signature());
  }

  static RecordView view(ArchiveRecord r) {
    return new RecordView(
        r.id(),
        r.eventId(),
        r.kind(),
        r.customerId(),
        r.category(),
        r.channel(),
        r.templateId(),
        r.templateVersion(),
        text(r.occurredAt()),
        text(r.archivedAt()),
        r.contentType(),
        r.contentSize(),
        r.contentSha256(),
        r.leafIndex(),
        r.leafHash());
  }

  private static String text(Instant i) {
    return i == null ? null : i.toString();
  }
}
