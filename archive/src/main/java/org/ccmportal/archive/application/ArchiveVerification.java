package org.ccmportal.archive.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccmportal.archive.api.ArchiveCaller;
import org.ccmportal.archive.api.VerificationReport;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.ccmportal.archive.domain.model.ArchiveObjectStore;
import org.ccmportal.archive.domain.model.ArchiveRecord;
import org.ccmportal.archive.domain.model.ArchiveRecordRepository;
import org.ccmportal.archive.domain.model.ArchiveStoreException;
import org.ccmportal.archive.domain.model.SignedTreeHead;

/**
 * The verification job: walks the log in leaf order and, for every record, checks that its leaf
 * index is the next one, that its leaf hash recomputed from the row equals the stored one, and that
 * the stored object has the recorded SHA-256 and size; then that the latest signed tree head's
 * signature holds and its root equals the root recomputed from the rows. Reports the first record
 * that does not match. Reads in batches, each in its own short transaction.
 */
@ApplicationScoped
public class ArchiveVerification {

  private static final Logger LOG = Logger.getLogger(ArchiveVerification.class.getName());
  private static final int BATCH = 500;

  @Inject ArchiveRecordRepository records;
  @Inject ArchiveObjectStore store;
  @Inject TreeHeadService treeHeads;
  @Inject SigningKeyProvider signingKey;
  @Inject AuditTrail audit;

  /** Runs the whole verification. */
  @Transactional(TxType.NOT_SUPPORTED)
  public VerificationReport run() {
    long started = System.nanoTime();
    Optional<SignedTreeHead> head = treeHeads.latest();
    long headSize = head.map(SignedTreeHead::treeSize).orElse(0L);
    String headRoot = head.map(SignedTreeHead::rootHash).orElse(null);
    List<byte[]> recomputed = new ArrayList<>();
    HexFormat hex = HexFormat.of();
    long checked = 0;
    long bytes = 0;
    long expectedLeaf = 0;
    while (true) {
      List<ArchiveRecord> batch = records.inLogOrder(expectedLeaf, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (ArchiveRecord r : batch) {
        String problem = null;
        if (r.leafIndex() != expectedLeaf) {
          problem = "leaf " + expectedLeaf + " is missing (next is " + r.leafIndex() + ")";
        } else if (!r.computeLeafHash().equals(r.leafHash())) {
          problem = "the leaf hash recomputed from the row differs from the stored leaf hash";
        } else {
          problem = checkObject(r);
        }
        if (problem != null) {
          return report(false, checked, bytes, headSize, headRoot, r, problem, started);
        }
        if (r.leafIndex() < headSize) {
          recomputed.add(hex.parseHex(r.computeLeafHash()));
        }
        bytes += r.contentSize();
        checked++;
        expectedLeaf++;
      }
    }
    if (head.isPresent()) {
      String problem = null;
      if (!head.get().verifies(signingKey.keyPair().getPublic())) {
        problem = "the signature of the latest tree head does not verify";
      } else if (recomputed.size() != headSize) {
        problem = "the log has fewer leaves than the latest tree head (" + headSize + ")";
      } else if (!Arrays.equals(MerkleHash.rootHash(recomputed), hex.parseHex(headRoot))) {
        problem = "the recomputed root differs from the latest tree head's root";
      }
      if (problem != null) {
        return report(false, checked, bytes, headSize, headRoot, null, problem, started);
      }
    }
    return report(true, checked, bytes, headSize, headRoot, null, null, started);
  }

  /** Appends the audit record of a verification run. */
  @Transactional(TxType.REQUIRES_NEW)
  public void audit(ArchiveCaller caller, Map<String, Object> details) {
    audit.record(caller, "VERIFY", details);
  }

  private String checkObject(ArchiveRecord r) {
    byte[] content;
    try {
      content = store.get(r.objectKey());
    } catch (ArchiveStoreException e) {
      return "the object " + r.objectKey() + " cannot be read";
    }
    if (content.length != r.contentSize()) {
      return "the object has " + content.length + " bytes, the record says " + r.contentSize();
    }
    if (!HexFormat.of().formatHex(MerkleHash.sha256(content)).equals(r.contentSha256())) {
      return "the SHA-256 of the stored object differs from the record's content hash";
    }
    return null;
  }

  private static VerificationReport report(
      boolean ok,
      long checked,
      long bytes,
      long headSize,
      String headRoot,
      ArchiveRecord bad,
      String problem,
      long started) {
    long ms = (System.nanoTime() - started) / 1_000_000;
    VerificationReport report =
        new VerificationReport(
            ok,
            checked,
            bytes,
            headSize,
            headRoot,
            bad == null ? null : bad.id(),
            bad == null ? null : bad.leafIndex(),
            problem,
            ms);
    LOG.info(
        () ->
            "archive: verification "
                + (ok ? "passed" : "FAILED")
                + " after "
                + checked
                + " records in "
                + ms
                + " ms"
                + (bad == null ? "" : ", first bad record " + bad.id()));
    return report;
  }
}
