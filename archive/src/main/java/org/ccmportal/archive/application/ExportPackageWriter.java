package org.ccmportal.archive.application;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ccmportal.archive.api.TreeHeadView;
import org.ccmportal.archive.domain.merkle.Ed25519Keys;
import org.ccmportal.archive.domain.merkle.LeafEnvelope;
import org.ccmportal.archive.domain.merkle.TreeHeadEncoding;
import org.ccmportal.archive.verifier.Json;
import org.ccmportal.archive.verifier.ManifestCsv;

/**
 * Writes the files of an export package (format v1, see archive/VERIFYING.md): manifest.json,
 * manifest.sig, manifest.csv, objects/&lt;sha256&gt;, proofs/&lt;recordId&gt;.json, tree-head.json,
 * public-key.pem and HOW-TO-VERIFY.txt. Pure: no database, no store.
 */
public final class ExportPackageWriter {

  /** One record of the package with its proof against the package's tree head. */
  public record Item(
      long recordId,
      long leafIndex,
      LeafEnvelope envelope,
      String leafHash,
      List<byte[]> auditPath,
      byte[] content) {}

  static final String HOW_TO_VERIFY =
      """
      CCM Portal archive export package (format ccm-archive-export v1)

      To verify it offline, with Java 17 or later and nothing else:

          java -jar archive-verifier.jar this-package.zip

      It prints OK and exits 0 only if every check holds:
        - tree-head.json is signed (Ed25519) by public-key.pem;
        - every object in objects/ has the SHA-256 and size its record states;
        - every record's leaf hash, recomputed from its envelope in manifest.json, is
          included in the signed tree (proofs/<recordId>.json, RFC 9162 inclusion proofs);
        - manifest.csv and every other file match the hashes listed in manifest.json;
        - manifest.sig is the archive's signature over manifest.json.
      Otherwise it names the first record or file that fails and exits non-zero.

      Compare the key id the verifier prints with the public key the archive publishes
      (GET /api/v1/archive/public-key), obtained independently of this package.
      The formats are documented in archive/VERIFYING.md of the CCM Portal sources.
      """;

  private static final DateTimeFormatter LEAF_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private ExportPackageWriter() {}

  /** The package's files by name, in the order they are zipped. */
  public static Map<String, byte[]> files(
      List<Item> items,
      TreeHeadView head,
      PublicKey publicKey,
      PrivateKey signingKey,
      Instant createdAt,
      String caseReference) {
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingLong(Item::leafIndex));
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> hashes = new TreeMap<>();
    List<Object> records = new ArrayList<>();
    for (Item item : sorted) {
      records.add(record(item));
      files.put("objects/" + item.envelope().contentSha256(), item.content());
      Map<String, Object> proof = new LinkedHashMap<>();
      proof.put("recordId", item.recordId());
      proof.put("leafIndex", item.leafIndex());
      proof.put("treeSize", head.treeSize());
      proof.put("leafHash", item.leafHash());
      proof.put("auditPath", item.auditPath().stream().map(HexFormat.of()::formatHex).toList());
      put(files, hashes, "proofs/" + item.recordId() + ".json", json(proof));
    }
    Map<String, Object> headJson = new LinkedHashMap<>();
    headJson.put("treeSize", head.treeSize());
    headJson.put("rootHash", head.rootHash());
    headJson.put("timestamp", head.timestamp());
    headJson.put("issuedAt", head.issuedAt());
    headJson.put("keyId", head.keyId());
    headJson.put("signature", head.signature());
    put(files, hashes, "tree-head.json", json(headJson));
    put(files, hashes, "public-key.pem", Ed25519Keys.toPem(publicKey));
    put(files, hashes, "HOW-TO-VERIFY.txt", HOW_TO_VERIFY);
    List<?> parsedRecords = (List<?>) org.ccmportal.archive.verifier.Json.parse(json(records));
    put(files, hashes, "manifest.csv", ManifestCsv.of(parsedRecords));

    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("format", "ccm-archive-export");
    manifest.put("version", 1);
    manifest.put("createdAt", createdAt.truncatedTo(ChronoUnit.MILLIS).toString());
    manifest.put("caseReference", caseReference);
    manifest.put("treeSize", head.treeSize());
    manifest.put("rootHash", head.rootHash());
    manifest.put("recordCount", records.size());
    manifest.put("records", records);
    manifest.put("files", hashes);
    byte[] manifestBytes = json(manifest).getBytes(StandardCharsets.UTF_8);
    byte[] signature = Ed25519Keys.sign(signingKey, TreeHeadEncoding.exportPackage(manifestBytes));
    Map<String, byte[]> ordered = new LinkedHashMap<>();
    ordered.put("manifest.json", manifestBytes);
    ordered.put(
        "manifest.sig", HexFormat.of().formatHex(signature).getBytes(StandardCharsets.US_ASCII));
    ordered.putAll(files);
    return ordered;
  }

  /** Zips the files (entries in the map's order). */
  public static void zip(Map<String, byte[]> files, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      zip.putNextEntry(new ZipEntry(e.getKey()));
      zip.write(e.getValue());
      zip.closeEntry();
    }
    zip.finish();
  }

  private static Map<String, Object> record(Item item) {
    LeafEnvelope e = item.envelope();
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("eventId", e.eventId());
    envelope.put("kind", e.kind());
    envelope.put("customerId", e.customerId());
    envelope.put("category", e.category());
    envelope.put("channel", e.channel());
    envelope.put("templateId", e.templateId());
    envelope.put("templateVersion", e.templateVersion());
    envelope.put("dataSha256", e.dataSha256());
    envelope.put("consentSnapshotSha256", e.consentSnapshotSha256());
    envelope.put("occurredAt", LEAF_TIME.format(e.occurredAt().truncatedTo(ChronoUnit.MICROS)));
    envelope.put("contentType", e.contentType());
    envelope.put("contentSha256", e.contentSha256());
    envelope.put("contentSize", e.contentSize());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("recordId", item.recordId());
    record.put("leafIndex", item.leafIndex());
    record.put("leafHash", item.leafHash());
    record.put("object", "objects/" + e.contentSha256());
    record.put("proof", "proofs/" + item.recordId() + ".json");
    record.put("envelope", envelope);
    return record;
  }

  private static void put(
      Map<String, byte[]> files, Map<String, String> hashes, String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    files.put(name, bytes);
    hashes.put(
        name,
        HexFormat.of().formatHex(org.ccmportal.archive.domain.merkle.MerkleHash.sha256(bytes)));
  }

  private static String json(Object value) {
    return new Json.Writer().value(value).toString();
  }
}
