package org.ccmportal.archive.domain.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inclusion and consistency proofs of the archive's Merkle log, exactly as RFC 9162 sections 2.1.3
 * and 2.1.4 define them. An inclusion proof shows that the leaf at index m is in the tree of the
 * first n leaves; a consistency proof shows that the tree of the first m leaves is a prefix of the
 * tree of the first n, i.e. that nothing logged before was changed or removed.
 */
public final class MerkleProofs {

  private MerkleProofs() {}

  /**
   * RFC 9162 2.1.3.1 PATH(m, D[n]): the audit path of leaf {@code m} in the tree made of {@code
   * leafHashes} (all of them: n = leafHashes.size()).
   */
  public static List<byte[]> inclusionProof(List<byte[]> leafHashes, int m) {
    int n = leafHashes.size();
    if (m < 0 || m >= n) {
      throw new IllegalArgumentException("leaf index " + m + " is not in a tree of size " + n);
    }
    List<byte[]> path = new ArrayList<>();
    path(leafHashes, m, 0, n, path);
    return path;
  }

  private static void path(List<byte[]> d, int m, int from, int to, List<byte[]> out) {
    int n = to - from;
    if (n == 1) {
      return;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m < k) {
      path(d, m, from, from + k, out);
      out.add(mth(d, from + k, to));
    } else {
      path(d, m - k, from + k, to, out);
      out.add(mth(d, from, from + k));
    }
  }

  /**
   * RFC 9162 2.1.4.1 PROOF(m, D[n]): the consistency proof between the tree of the first {@code m}
   * leaves and the tree of all {@code leafHashes}. Empty when m is 0 or m equals n.
   */
  public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int m) {
    int n = leafHashes.size();
    if (m < 0 || m > n) {
      throw new IllegalArgumentException("size " + m + " is not within a tree of size " + n);
    }
    List<byte[]> proof = new ArrayList<>();
    if (m > 0 && m < n) {
      subproof(leafHashes, m, 0, n, true, proof);
    }
    return proof;
  }

  private static void subproof(
      List<byte[]> d, int m, int from, int to, boolean complete, List<byte[]> out) {
    int n = to - from;
    if (m == n) {
      if (!complete) {
        out.add(mth(d, from, to));
      }
      return;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m <= k) {
      subproof(d, m, from, from + k, complete, out);
      out.add(mth(d, from + k, to));
    } else {
      subproof(d, m - k, from + k, to, false, out);
      out.add(mth(d, from, from + k));
    }
  }

  /** RFC 9162 2.1.3.2: whether {@code path} proves leaf {@code leafIndex} in the given tree. */
  public static boolean verifyInclusion(
      long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path, byte[] rootHash) {
    if (leafIndex < 0 || leafIndex >= treeSize || !isHash(leafHash) || !isHash(rootHash)) {
      return false;
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (sn == 0 || !isHash(p)) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleHash.nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = MerkleHash.nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, rootHash);
  }

  /**
   * RFC 9162 2.1.4.2: whether {@code proof} shows that the tree of size {@code first} with root
   * {@code firstRoot} is a prefix of the tree of size {@code second} with root {@code secondRoot}.
   * Equal sizes need an empty proof and equal roots; size 0 is a prefix of every tree.
   */
  public static boolean verifyConsistency(
      long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    if (first < 0 || first > second || !isHash(firstRoot) || !isHash(secondRoot)) {
      return false;
    }
    if (first == second) {
      return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
    }
    if (first == 0) {
      return proof.isEmpty();
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(first) == 1) {
      path.add(0, firstRoot);
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    if (!isHash(fr)) {
      return false;
    }
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0 || !isHash(c)) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = MerkleHash.nodeHash(c, fr);
        sr = MerkleHash.nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = MerkleHash.nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
  }

  private static byte[] mth(List<byte[]> d, int from, int to) {
    return MerkleHash.rootHash(d.subList(from, to));
  }

  private static boolean isHash(byte[] h) {
    return h != null && h.length == MerkleHash.HASH_LENGTH;
  }
}
