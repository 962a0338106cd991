package org.ccmportal.archive.domain.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleHashTest {

  private static final HexFormat HEX = HexFormat.of();

  /** Leaf inputs of the Certificate Transparency reference tests (RFC 6962 implementation). */
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

  /** Root hashes of the first 1..8 of those leaves, as published with those tests. */
  private static final String[] CT_ROOTS = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
  };

  @Test
  void rootOfNoLeafIsSha256OfNothing() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        HEX.formatHex(MerkleHash.rootHash(List.of())));
  }

  @Test
  void leafHashOfEmptyLeafIsSha256OfZeroByte() {
    assertEquals(
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        HEX.formatHex(MerkleHash.leafHash(new byte[0])));
  }

  @Test
  void nodeHashPrefixesOneByte() throws Exception {
    byte[] left = MerkleHash.leafHash(new byte[] {1});
    byte[] right = MerkleHash.leafHash(new byte[] {2});
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    md.update((byte) 0x01);
    md.update(left);
    md.update(right);
    assertArrayEquals(md.digest(), MerkleHash.nodeHash(left, right));
  }

  @Test
  void rootsMatchCertificateTransparencyReferenceValuesForOneToEightLeaves() {
    for (int n = 1; n <= CT_LEAVES.length; n++) {
      List<byte[]> leafHashes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        leafHashes.add(MerkleHash.leafHash(HEX.parseHex(CT_LEAVES[i])));
      }
      assertEquals(CT_ROOTS[n - 1], HEX.formatHex(MerkleHash.rootHash(leafHashes)), "n=" + n);
    }
  }

  @Test
  void rootsMatchStraightforwardRecursiveDefinitionForOneToEightLeaves() throws Exception {
    for (int n = 1; n <= 8; n++) {
      List<byte[]> data = new ArrayList<>();
      List<byte[]> leafHashes = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        byte[] d = ("leaf " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        data.add(d);
        leafHashes.add(MerkleHash.leafHash(d));
      }
      assertArrayEquals(referenceMth(data), MerkleHash.rootHash(leafHashes), "n=" + n);
    }
  }

  @Test
  void rootOfOneLeafIsItsLeafHash() {
    byte[] leaf = MerkleHash.leafHash(new byte[] {42});
    assertArrayEquals(leaf, MerkleHash.rootHash(List.of(leaf)));
  }

  @Test
  void refusesHashesOfWrongLength() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MerkleHash.rootHash(List.of(new byte[31], new byte[32])));
  }

  /** RFC 9162 section 2.1.1 written out literally, on the raw data, with its own digests. */
  private static byte[] referenceMth(List<byte[]> d) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    int n = d.size();
    if (n == 0) {
      return md.digest();
    }
    if (n == 1) {
      md.update(new byte[] {0});
      return md.digest(d.get(0));
    }
    int k = 1;
    while (k * 2 < n) {
      k *= 2;
    }
    byte[] left = referenceMth(d.subList(0, k));
    byte[] right = referenceMth(d.subList(k, n));
    md.update(new byte[] {1});
    md.update(left);
    return md.digest(right);
  }

  @Test
  void referenceImplementationGivesPublishedTwoLeafRoot() throws Exception {
    // guards the reference implementation: two CT leaves give the published two-leaf root
    List<byte[]> two = Arrays.asList(HEX.parseHex(CT_LEAVES[0]), HEX.parseHex(CT_LEAVES[1]));
    assertEquals(CT_ROOTS[1], HEX.formatHex(referenceMth(two)));
  }
}
