package org.ccmportal.archive.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ccmportal.archive.api.ArchiveAccessDeniedException;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.ArchiveRecordNotFoundException;
import org.ccmportal.archive.domain.merkle.MerkleProofs;
import org.ccmportal.archive.domain.model.ArchiveObjectStore;
import org.ccmportal.archive.domain.model.ArchiveRecord;
import org.ccmportal.archive.domain.model.ArchiveRecordRepository;
import org.ccmportal.archive.domain.model.SignedTreeHead;

/**
 * Builds the export package of a list of records: signs a tree head covering the log, proves every
 * record against it, adds the original objects and the public key, signs the manifest, and records
 * the export in the audit trail. For regulators and approvers only.
 */
@ApplicationScoped
public class ExportPackageBuilder {

  @Inject ArchiveRecordRepository records;
  @Inject ArchiveObjectStore store;
  @Inject TreeHeadService treeHeads;
  @Inject SigningKeyProvider signingKey;
  @Inject AuditTrail audit;

  /** The package's files by name (see {@link ExportPackageWriter}); duplicates ids count once. */
  @Transactional(TxType.REQUIRED)
  public Map<String, byte[]> build(ArchiveCaller caller, List<Long> recordIds) {
    if (caller == null || !caller.isReader()) {
      throw new ArchiveAccessDeniedException();
    }
    SignedTreeHead head = treeHeads.current();
    List<byte[]> leaves = treeHeads.leafHashes(head.treeSize());
    List<ExportPackageWriter.Item> items = new ArrayList<>();
    for (long id : new LinkedHashSet<>(recordIds)) {
      ArchiveRecord r =
          records.findById(id).orElseThrow(() -> new ArchiveRecordNotFoundException(id));
      items.add(
          new ExportPackageWriter.Item(
              r.id(),
              r.leafIndex(),
              r.leafEnvelope(),
              r.leafHash(),
              MerkleProofs.inclusionProof(leaves, (int) r.leafIndex()),
              store.get(r.objectKey())));
    }
    KeyPair key = signingKey.keyPair();
    Map<String, byte[]> files =
        ExportPackageWriter.files(
            items,
            DefaultArchiveAccess.view(head),
            key.getPublic(),
            key.getPrivate(),
            Instant.now(),
            caller.caseReference());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recordIds", List.copyOf(new LinkedHashSet<>(recordIds)));
    details.put("treeSize", head.treeSize());
    audit.record(caller, "EXPORT", details);
    return files;
  }
}
