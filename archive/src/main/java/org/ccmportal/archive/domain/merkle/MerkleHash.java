package org.ccmportal.archive.domain.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The hashes of the archive's Merkle log, as RFC 9162 (Certificate Transparency 2.0) defines them
 * with SHA-256: a leaf is hashed as {@code SHA-256(0x00 || leaf)}, an inner node as {@code
 * SHA-256(0x01 || left || right)}, so that no leaf can pass for an inner node. The tree hash of n
 * leaves splits them at the largest power of two smaller than n, which makes the tree of a log a
 * prefix of the tree of any later, longer log (what consistency proofs rely on).
 */
public final class MerkleHash {

  /** Length in bytes of every hash in the log. */
  public static final int HASH_LENGTH = 32;

  private static final byte[] LEAF_PREFIX = {0x00};
  private static final byte[] NODE_PREFIX = {0x01};

  private MerkleHash() {}

  /** SHA-256 of the concatenation of the parts. */
  public static byte[] sha256(byte[]... parts) {
    MessageDigest digest = newDigest();
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  /** RFC 9162 leaf hash: {@code SHA-256(0x00 || leafBytes)}. */
  public static byte[] leafHash(byte[] leafBytes) {
    return sha256(LEAF_PREFIX, leafBytes);
  }

  /** RFC 9162 inner node hash: {@code SHA-256(0x01 || left || right)}. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    return sha256(NODE_PREFIX, requireHash(left), requireHash(right));
  }

  /**
   * RFC 9162 Merkle Tree Hash (MTH) of a list of leaf hashes: SHA-256 of nothing for no leaf, the
   * leaf hash itself for one leaf, otherwise the node hash of the MTH of the first k leaves and the
   * MTH of the rest, k being the largest power of two smaller than n.
   */
  public static byte[] rootHash(List<byte[]> leafHashes) {
    if (leafHashes.isEmpty()) {
      return sha256();
    }
    return subtreeHash(leafHashes, 0, leafHashes.size());
  }

  private static byte[] subtreeHash(List<byte[]> leafHashes, int from, int to) {
    int n = to - from;
    if (n == 1) {
      return requireHash(leafHashes.get(from)).clone();
    }
    int k = Integer.highestOneBit(n - 1);
    return nodeHash(subtreeHash(leafHashes, from, from + k), subtreeHash(leafHashes, from + k, to));
  }

  private static byte[] requireHash(byte[] hash) {
    if (hash == null || hash.length != HASH_LENGTH) {
      throw new IllegalArgumentException("a Merkle hash has " + HASH_LENGTH + " bytes");
    }
    return hash;
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
