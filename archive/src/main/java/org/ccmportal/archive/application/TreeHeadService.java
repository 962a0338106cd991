package org.ccmportal.archive.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.KeyPair;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.ccmportal.archive.domain.model.ArchiveRecordRepository;
import org.ccmportal.archive.domain.model.SignedTreeHead;
import org.ccmportal.archive.domain.model.TreeHeadRepository;

/**
 * Issues signed tree heads: a new head only when the log has grown since the latest one, computed
 * under the log's append lock so that the size and the root belong to the same log.
 */
@ApplicationScoped
public class TreeHeadService {

  private static final Logger LOG = Logger.getLogger(TreeHeadService.class.getName());

  @Inject ArchiveRecordRepository records;
  @Inject TreeHeadRepository heads;
  @Inject SigningKeyProvider signingKey;

  private final Clock clock = Clock.systemUTC();

  /** The latest head if it covers the whole log; otherwise a newly signed head of the log. */
  @Transactional(TxType.REQUIRED)
  public SignedTreeHead current() {
    KeyPair key = signingKey.keyPair();
    records.lockLogForAppend();
    long size = records.size();
    Optional<SignedTreeHead> latest = heads.latest();
    if (latest.isPresent() && latest.get().treeSize() == size) {
      return latest.get();
    }
    SignedTreeHead head =
        SignedTreeHead.sign(size, root(size), clock.instant(), key.getPrivate(), key.getPublic());
    heads.add(head);
    LOG.info(() -> "archive: signed tree head of size " + size);
    return head;
  }

  /** The latest head, if any, without signing a new one. */
  @Transactional(TxType.SUPPORTS)
  public Optional<SignedTreeHead> latest() {
    return heads.latest();
  }

  /** The root hash of the first {@code size} leaves, from the stored leaf hashes. */
  @Transactional(TxType.SUPPORTS)
  public byte[] root(long size) {
    return MerkleHash.rootHash(leafHashes(size));
  }

  /** The stored leaf hashes of the first {@code size} leaves, as bytes. */
  @Transactional(TxType.SUPPORTS)
  public List<byte[]> leafHashes(long size) {
    HexFormat hex = HexFormat.of();
    return records.leafHashes(size).stream().map(hex::parseHex).toList();
  }
}
