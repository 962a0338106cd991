package org.ccmportal.archive.domain.merkle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bytes that the archive signs (Ed25519): for a tree head, and for an export package. Each
 * starts with its own ASCII label and a zero byte, so a signature over one kind of message can
 * never be passed off as a signature over the other.
 *
 * <pre>
 * tree head (73 bytes):  "CCM-ARCHIVE-TREE-HEAD-V1" 0x00 | tree_size uint64 BE
 *                        | timestamp uint64 BE (ms since 1970-01-01T00:00Z) | root_hash (32 bytes)
 * export package (54 bytes): "CCM-ARCHIVE-EXPORT-V1" 0x00 | SHA-256 of manifest.json (32 bytes)
 * </pre>
 */
public final class TreeHeadEncoding {

  /** Label of a signed tree head. */
  public static final String TREE_HEAD_LABEL = "CCM-ARCHIVE-TREE-HEAD-V1";

  /** Label of a signed export package. */
  public static final String EXPORT_LABEL = "CCM-ARCHIVE-EXPORT-V1";

  private TreeHeadEncoding() {}

  /** The signed bytes of a tree head. */
  public static byte[] treeHead(long treeSize, long timestampMillis, byte[] rootHash) {
    if (treeSize < 0 || timestampMillis < 0) {
      throw new IllegalArgumentException("tree size and timestamp are not negative");
    }
    if (rootHash == null || rootHash.length != MerkleHash.HASH_LENGTH) {
      throw new IllegalArgumentException("a root hash has 32 bytes");
    }
    byte[] label = TREE_HEAD_LABEL.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(label.length + 1 + 8 + 8 + 32)
        .put(label)
        .put((byte) 0)
        .putLong(treeSize)
        .putLong(timestampMillis)
        .put(rootHash)
        .array();
  }

  /** The signed bytes of an export package whose manifest.json has these bytes. */
  public static byte[] exportPackage(byte[] manifestJson) {
    byte[] label = EXPORT_LABEL.getBytes(StandardCharsets.US_ASCII);
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(manifestJson);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return ByteBuffer.allocate(label.length + 1 + 32).put(label).put((byte) 0).put(digest).array();
  }
}
