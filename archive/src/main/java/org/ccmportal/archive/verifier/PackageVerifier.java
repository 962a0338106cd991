package org.ccmportal.archive.verifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ccmportal.archive.domain.merkle.Ed25519Keys;
import org.ccmportal.archive.domain.merkle.LeafEncoding;
import org.ccmportal.archive.domain.merkle.LeafEnvelope;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.ccmportal.archive.domain.merkle.MerkleProofs;
import org.ccmportal.archive.domain.merkle.TreeHeadEncoding;

/**
 * Checks an export package offline, as archive/VERIFYING.md describes: the tree head's signature
 * with the included public key; for every record in log order its object's SHA-256 and size, its
 * leaf hash recomputed from its envelope, and its inclusion proof against the tree head; the hashes
 * of the other files and manifest.csv against manifest.json; and the package signature over
 * manifest.json. Stops at the first failure and names the record when there is one.
 */
public final class PackageVerifier {

  /** Outcome: {@code ok}, and a one-line message (summary, or the first failure). */
  public record Result(boolean ok, String message, int records) {}

  private static final HexFormat HEX = HexFormat.of();
  private static final Set<String> FIXED =
      Set.of(
          "manifest.json",
          "manifest.sig",
          "manifest.csv",
          "tree-head.json",
          "public-key.pem",
          "HOW-TO-VERIFY.txt");

  private PackageVerifier() {}

  /** Reads the ZIP's entries; a duplicate entry name is refused. */
  public static Map<String, byte[]> readZip(InputStream in) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        zip.transferTo(b);
        if (files.put(e.getName(), b.toByteArray()) != null) {
          throw new IOException("duplicate entry " + e.getName());
        }
      }
    }
    return files;
  }

  /** Verifies the package's files. */
  public static Result verify(Map<String, byte[]> files) {
    try {
      return check(files);
    } catch (Failure f) {
      return new Result(false, f.getMessage(), 0);
    } catch (RuntimeException e) {
      return new Result(false, "the package is malformed: " + e.getMessage(), 0);
    }
  }

  private static Result check(Map<String, byte[]> files) {
    for (String name : FIXED) {
      require(files.containsKey(name), name + " is missing");
    }
    Map<?, ?> manifest = object(parse(files, "manifest.json"), "manifest.json");
    Map<?, ?> head = object(parse(files, "tree-head.json"), "tree-head.json");
    PublicKey key;
    try {
      key = Ed25519Keys.fromPem(text(files, "public-key.pem"));
    } catch (IllegalArgumentException e) {
      throw new Failure("public-key.pem is not an Ed25519 public key");
    }

    long treeSize = number(head, "treeSize");
    byte[] root = hash(head, "rootHash", "tree-head.json");
    require(
        Ed25519Keys.keyId(key).equals(head.get("keyId")),
        "public-key.pem is not the key that signed the tree head (key id differs)");
    byte[] signed = TreeHeadEncoding.treeHead(treeSize, number(head, "timestamp"), root);
    require(
        Ed25519Keys.verify(key, signed, hex(head.get("signature"), "tree-head.json signature")),
        "the tree head's signature does not verify with public-key.pem");

    List<?> records = (List<?>) manifest.get("records");
    require(records != null, "manifest.json has no records");
    long previous = -1;
    Set<String> usedObjects = new HashSet<>();
    Set<String> usedProofs = new HashSet<>();
    for (Object o : records) {
      Map<?, ?> r = object(o, "manifest.json record");
      long id = number(r, "recordId");
      long leafIndex = number(r, "leafIndex");
      String which = "record " + id + " (leaf " + leafIndex + ")";
      require(leafIndex > previous, which + ": manifest.json records are not in log order");
      previous = leafIndex;
      require(leafIndex < treeSize, which + ": not in the tree of the tree head");
      LeafEnvelope envelope = envelope(object(r.get("envelope"), which + " envelope"));
      byte[] content = files.get("objects/" + envelope.contentSha256());
      require(content != null, which + ": its object is missing");
      usedObjects.add("objects/" + envelope.contentSha256());
      require(
          HEX.formatHex(MerkleHash.sha256(content)).equals(envelope.contentSha256()),
          which + ": the object's SHA-256 does not match the record");
      require(content.length == envelope.contentSize(), which + ": the object's size differs");
      byte[] leafHash = MerkleHash.leafHash(LeafEncoding.encode(envelope));
      require(
          HEX.formatHex(leafHash).equals(r.get("leafHash")),
          which + ": the leaf hash recomputed from the envelope differs");
      String proofName = "proofs/" + id + ".json";
      usedProofs.add(proofName);
      Map<?, ?> proof = object(parse(files, proofName), proofName);
      require(
          number(proof, "leafIndex") == leafIndex && number(proof, "treeSize") == treeSize,
          which + ": the proof is for another leaf or tree size");
      List<byte[]> path =
          ((List<?>) proof.get("auditPath")).stream().map(h -> hex(h, proofName)).toList();
      require(
          MerkleProofs.verifyInclusion(leafIndex, treeSize, leafHash, path, root),
          which + ": the inclusion proof does not verify against the tree head");
    }
    require(
        number(manifest, "recordCount") == records.size(),
        "manifest.json: recordCount differs from the records listed");
    for (String name : files.keySet()) {
      require(
          FIXED.contains(name) || usedObjects.contains(name) || usedProofs.contains(name),
          name + " is not part of the package");
    }
    Map<?, ?> hashes = object(manifest.get("files"), "manifest.json files");
    for (String name : files.keySet()) {
      if (name.equals("manifest.json")
          || name.equals("manifest.sig")
          || name.startsWith("objects/")) {
        continue;
      }
      require(
          HEX.formatHex(MerkleHash.sha256(files.get(name))).equals(hashes.get(name)),
          name + ": its SHA-256 does not match manifest.json");
    }
    for (Object name : hashes.keySet()) {
      require(files.containsKey(name), name + " is listed in manifest.json but missing");
    }
    require(
        ManifestCsv.of(records).equals(text(files, "manifest.csv")),
        "manifest.csv does not match manifest.json");
    require(
        Ed25519Keys.verify(
            key,
            TreeHeadEncoding.exportPackage(files.get("manifest.json")),
            signature(text(files, "manifest.sig"))),
        "manifest.sig: the package signature over manifest.json does not verify");
    return new Result(
        true,
        "OK: "
            + records.size()
            + " records verified against tree head of size "
            + treeSize
            + ", root "
            + HEX.formatHex(root)
            + ", signed by key "
            + Ed25519Keys.keyId(key),
        records.size());
  }

  private static LeafEnvelope envelope(Map<?, ?> e) {
    Object version = e.get("templateVersion");
    return new LeafEnvelope(
        (String) e.get("eventId"),
        (String) e.get("kind"),
        (String) e.get("customerId"),
        (String) e.get("category"),
        (String) e.get("channel"),
        (String) e.get("templateId"),
        version == null ? null : Math.toIntExact((Long) version),
        (String) e.get("dataSha256"),
        (String) e.get("consentSnapshotSha256"),
        Instant.parse((String) e.get("occurredAt")),
        (String) e.get("contentType"),
        (String) e.get("contentSha256"),
        number(e, "contentSize"));
  }

  /** manifest.sig is exactly 128 lower-case hex digits, nothing else. */
  private static byte[] signature(String text) {
    require(text.matches("[0-9a-f]{128}"), "manifest.sig: expected 128 lower-case hex digits");
    return HEX.parseHex(text);
  }

  private static Object parse(Map<String, byte[]> files, String name) {
    require(files.containsKey(name), name + " is missing");
    try {
      return Json.parse(text(files, name));
    } catch (IllegalArgumentException e) {
      throw new Failure(name + ": " + e.getMessage());
    }
  }

  private static String text(Map<String, byte[]> files, String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  private static Map<?, ?> object(Object o, String what) {
    require(o instanceof Map, what + " is not a JSON object");
    return (Map<?, ?>) o;
  }

  private static long number(Map<?, ?> o, String field) {
    Object v = o.get(field);
    require(v instanceof Long, field + " is not a whole number");
    return (Long) v;
  }

  private static byte[] hash(Map<?, ?> o, String field, String where) {
    byte[] h = hex(o.get(field), where + " " + field);
    require(h.length == 32, where + " " + field + " is not a SHA-256");
    return h;
  }

  private static byte[] hex(Object v, String where) {
    require(v instanceof String, where + ": expected hex");
    try {
      return HEX.parseHex((String) v);
    } catch (IllegalArgumentException e) {
      throw new Failure(where + ": expected hex");
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new Failure(message);
    }
  }

  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }
}
