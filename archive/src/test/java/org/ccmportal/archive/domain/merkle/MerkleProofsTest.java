package org.ccmportal.archive.domain.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proofs against the Certificate Transparency reference vectors (RFC 6962 implementation tests,
 * same algorithms as RFC 9162 2.1.3/2.1.4) and exhaustively for every pair of sizes up to 33.
 */
class MerkleProofsTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final String[] CT_LEAVES = {
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f"
  };

  private static List<byte[]> ctLeafHashes(int n) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(MerkleHash.leafHash(HEX.parseHex(CT_LEAVES[i])));
    }
    return out;
  }

  private static List<byte[]> leafHashes(int n) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(MerkleHash.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  private static List<String> hex(List<byte[]> path) {
    return path.stream().map(HEX::formatHex).toList();
  }

  @Test
  void inclusionProofsMatchReferenceVectors() {
    assertEquals(List.of(), hex(MerkleProofs.inclusionProof(ctLeafHashes(1), 0)));
    assertEquals(
        List.of(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
        hex(MerkleProofs.inclusionProof(ctLeafHashes(8), 0)));
    assertEquals(
        List.of(
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
        hex(MerkleProofs.inclusionProof(ctLeafHashes(8), 5)));
    assertEquals(
        List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
        hex(MerkleProofs.inclusionProof(ctLeafHashes(3), 2)));
    assertEquals(
        List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
        hex(MerkleProofs.inclusionProof(ctLeafHashes(5), 1)));
  }

  @Test
  void consistencyProofsMatchReferenceVectors() {
    assertEquals(List.of(), hex(MerkleProofs.consistencyProof(ctLeafHashes(1), 1)));
    assertEquals(
        List.of(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
        hex(MerkleProofs.consistencyProof(ctLeafHashes(8), 1)));
    assertEquals(
        List.of(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
        hex(MerkleProofs.consistencyProof(ctLeafHashes(8), 6)));
    assertEquals(
        List.of(
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
        hex(MerkleProofs.consistencyProof(ctLeafHashes(5), 2)));
  }

  @Test
  void everyInclusionProofVerifiesAndNoAlteredOneDoes() {
    List<byte[]> all = leafHashes(33);
    for (int n = 1; n <= 33; n++) {
      List<byte[]> tree = all.subList(0, n);
      byte[] root = MerkleHash.rootHash(tree);
      for (int m = 0; m < n; m++) {
        List<byte[]> path = MerkleProofs.inclusionProof(tree, m);
        assertTrue(MerkleProofs.verifyInclusion(m, n, tree.get(m), path, root), m + "/" + n);
        assertFalse(
            MerkleProofs.verifyInclusion(m, n, MerkleHash.leafHash(new byte[] {9}), path, root));
        if (n > 1) {
          assertFalse(MerkleProofs.verifyInclusion((m + 1) % n, n, tree.get(m), path, root));
          List<byte[]> altered = new ArrayList<>(path);
          byte[] flipped = altered.get(0).clone();
          flipped[0] ^= 1;
          altered.set(0, flipped);
          assertFalse(MerkleProofs.verifyInclusion(m, n, tree.get(m), altered, root));
          assertFalse(
              MerkleProofs.verifyInclusion(
                  m, n, tree.get(m), path.subList(0, path.size() - 1), root));
        }
      }
    }
  }

  @Test
  void everyConsistencyProofVerifiesAndNoAlteredOneDoes() {
    List<byte[]> all = leafHashes(33);
    for (int n = 1; n <= 33; n++) {
      byte[] second = MerkleHash.rootHash(all.subList(0, n));
      for (int m = 1; m <= n; m++) {
        byte[] first = MerkleHash.rootHash(all.subList(0, m));
        List<byte[]> proof = MerkleProofs.consistencyProof(all.subList(0, n), m);
        assertTrue(MerkleProofs.verifyConsistency(m, n, first, second, proof), m + "->" + n);
        if (m < n) {
          byte[] other = MerkleHash.leafHash(new byte[] {9});
          assertFalse(MerkleProofs.verifyConsistency(m, n, other, second, proof));
          assertFalse(MerkleProofs.verifyConsistency(m, n, first, other, proof));
          List<byte[]> altered = new ArrayList<>(proof);
          byte[] flipped = altered.get(altered.size() - 1).clone();
          flipped[31] ^= 1;
          altered.set(altered.size() - 1, flipped);
          assertFalse(MerkleProofs.verifyConsistency(m, n, first, second, altered));
        }
      }
    }
  }

  @Test
  void refusesIndexesOutsideTheTree() {
    assertThrows(
        IllegalArgumentException.class, () -> MerkleProofs.inclusionProof(leafHashes(3), 3));
    assertThrows(
        IllegalArgumentException.class, () -> MerkleProofs.consistencyProof(leafHashes(3), 4));
    assertFalse(MerkleProofs.verifyInclusion(3, 3, new byte[32], List.of(), new byte[32]));
  }

  @Test
  void treeHeadEncodingIsLabelSizeTimestampRoot() {
    byte[] root = new byte[32];
    root[31] = 7;
    byte[] bytes = TreeHeadEncoding.treeHead(258, 1000, root);
    assertEquals(73, bytes.length);
    assertEquals(
        HEX.formatHex("CCM-ARCHIVE-TREE-HEAD-V1".getBytes(StandardCharsets.US_ASCII))
            + "00"
            + "0000000000000102"
            + "00000000000003e8"
            + HEX.formatHex(root),
        HEX.formatHex(bytes));
  }
}
