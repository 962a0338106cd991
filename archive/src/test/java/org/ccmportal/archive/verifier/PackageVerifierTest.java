package org.ccmportal.archive.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmportal.archive.api.TreeHeadView;
import org.ccmportal.archive.application.ExportPackageWriter;
import org.ccmportal.archive.domain.merkle.Ed25519Keys;
import org.ccmportal.archive.domain.merkle.LeafEncoding;
import org.ccmportal.archive.domain.merkle.LeafEnvelope;
import org.ccmportal.archive.domain.merkle.MerkleHash;
import org.ccmportal.archive.domain.merkle.MerkleProofs;
import org.ccmportal.archive.domain.merkle.TreeHeadEncoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline verifier on packages written by {@link ExportPackageWriter}: an untouched package
 * verifies; one flipped byte in any file, a removed record, a reordered manifest or a swapped
 * public key each make it fail with exit code 1 and a message naming what failed.
 */
class PackageVerifierTest {

  private static final HexFormat HEX = HexFormat.of();
  @TempDir Path dir;
  private Map<String, byte[]> files;
  private KeyPair key;

  @BeforeEach
  void writePackage() {
    key = Ed25519Keys.generate();
    List<LeafEnvelope> envelopes = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      byte[] content = ("document " + i + ", \"quoted\"\n").getBytes(StandardCharsets.UTF_8);
      LeafEnvelope e =
          new LeafEnvelope(
              "event-" + i,
              "COMMUNICATION",
              "C-100" + i,
              "STATEMENTS",
              "PORTAL",
              "statement",
              i,
              null,
              null,
              Instant.parse("2026-11-0" + (i + 1) + "T10:15:30.123456Z"),
              "application/pdf",
              HEX.formatHex(MerkleHash.sha256(content)),
              content.length);
      envelopes.add(e);
      contents.add(content);
      leaves.add(MerkleHash.leafHash(LeafEncoding.encode(e)));
    }
    byte[] root = MerkleHash.rootHash(leaves);
    long timestamp = 1_795_000_000_000L;
    String signature =
        HEX.formatHex(
            Ed25519Keys.sign(key.getPrivate(), TreeHeadEncoding.treeHead(7, timestamp, root)));
    TreeHeadView head =
        new TreeHeadView(
            7,
            HEX.formatHex(root),
            timestamp,
            Instant.ofEpochMilli(timestamp).toString(),
            Ed25519Keys.keyId(key.getPublic()),
            signature);
    List<ExportPackageWriter.Item> items = new ArrayList<>();
    for (int i : new int[] {5, 1, 3}) {
      items.add(
          new ExportPackageWriter.Item(
              100 + i,
              i,
              envelopes.get(i),
              HEX.formatHex(leaves.get(i)),
              MerkleProofs.inclusionProof(leaves, i),
              contents.get(i)));
    }
    files =
        ExportPackageWriter.files(
            items, head, key.getPublic(), key.getPrivate(), Instant.now(), "CASE-1");
  }

  @Test
  void untouchedPackageVerifies() throws Exception {
    Run run = run(files);
    assertEquals(0, run.code, run.err);
    assertTrue(run.out.startsWith("OK: 3 records verified against tree head of size 7"), run.out);
    assertEquals(
        Ed25519Keys.keyId(key.getPublic()), run.out.substring(run.out.lastIndexOf(' ') + 1).trim());
  }

  @Test
  void oneFlippedByteInAnyFileFails() throws Exception {
    for (String name : files.keySet()) {
      for (int position : new int[] {0, files.get(name).length / 2, files.get(name).length - 1}) {
        Map<String, byte[]> tampered = new LinkedHashMap<>(files);
        byte[] bytes = tampered.get(name).clone();
        bytes[position] ^= 0x01;
        tampered.put(name, bytes);
        Run run = run(tampered);
        assertEquals(1, run.code, name + "@" + position + ": " + run.out);
        assertTrue(run.err.startsWith("FAILED: "), run.err);
      }
    }
  }

  @Test
  void flippedObjectByteNamesTheRecord() throws Exception {
    String object =
        files.keySet().stream().filter(n -> n.startsWith("objects/")).findFirst().orElseThrow();
    files.get(object)[3] ^= 0x40;
    Run run = run(files);
    assertEquals(1, run.code);
    assertTrue(
        run.err.contains("record 101 (leaf 1): the object's SHA-256 does not match"), run.err);
  }

  @Test
  void removedRecordFails() throws Exception {
    Map<String, Object> manifest = manifest();
    List<?> records = (List<?>) manifest.get("records");
    Map<?, ?> removed = (Map<?, ?>) records.remove(1);
    files.put("manifest.json", json(manifest));
    files.remove("proofs/" + removed.get("recordId") + ".json");
    files.remove(removed.get("object"));
    Run run = run(files);
    assertEquals(1, run.code);
    assertTrue(run.err.contains("recordCount differs"), run.err);

    manifest.put("recordCount", 2L);
    files.put("manifest.json", json(manifest));
    run = run(files);
    assertEquals(1, run.code);
    assertTrue(run.err.contains("proofs/103.json is listed in manifest.json but missing"), run.err);
  }

  @Test
  void reorderedManifestFails() throws Exception {
    Map<String, Object> manifest = manifest();
    @SuppressWarnings("unchecked")
    List<Object> records = (List<Object>) manifest.get("records");
    records.add(0, records.remove(2));
    files.put("manifest.json", json(manifest));
    Run run = run(files);
    assertEquals(1, run.code);
    assertTrue(
        run.err.contains("record 101 (leaf 1): manifest.json records are not in log order"),
        run.err);
  }

  @Test
  void swappedPublicKeyFails() throws Exception {
    files.put(
        "public-key.pem",
        Ed25519Keys.toPem(Ed25519Keys.generate().getPublic()).getBytes(StandardCharsets.UTF_8));
    Run run = run(files);
    assertEquals(1, run.code);
    assertTrue(
        run.err.contains("public-key.pem is not the key that signed the tree head"), run.err);
  }

  @Test
  void missingArgumentIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(
        2,
        Main.run(
            new String[0], new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err)));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> manifest() {
    return (Map<String, Object>)
        Json.parse(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
  }

  private static byte[] json(Object o) {
    return new Json.Writer().value(o).toString().getBytes(StandardCharsets.UTF_8);
  }

  private record Run(int code, String out, String err) {}

  private Run run(Map<String, byte[]> pkg) throws Exception {
    Path zip = Files.createTempFile(dir, "package", ".zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      ExportPackageWriter.zip(pkg, out);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {zip.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
