package org.ccmportal.portal.it.archive;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import org.ccmportal.archive.domain.merkle.Ed25519Keys;
import org.ccmportal.archive.domain.merkle.TreeHeadEncoding;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Stack;

/** Calls of the archive API and client-side checks shared by the archive tests. */
final class ArchiveClient {
  static final HexFormat HEX = HexFormat.of();

  private ArchiveClient() {}

  static JsonObject ok(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
    }
    return Api.json(response);
  }

  /** A search as the given user; returns the id of the audit record of that search. */
  static long search(String token, String query) throws Exception {
    return ok(Api.get("/api/v1/archive/records?" + query, token))
        .getJsonNumber("auditRecordId")
        .longValue();
  }

  static JsonObject treeHead(String token) throws Exception {
    return ok(Api.get("/api/v1/archive/tree-head", token));
  }

  static PublicKey publicKey(String token) throws Exception {
    HttpResponse<String> r = Api.get("/api/v1/archive/public-key", token);
    if (r.statusCode() != 200) {
      throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
    }
    return Ed25519Keys.fromPem(r.body());
  }

  /** Whether the head's Ed25519 signature over its documented encoding holds for the key. */
  static boolean signatureHolds(JsonObject head, PublicKey key) {
    byte[] signed =
        TreeHeadEncoding.treeHead(
            head.getJsonNumber("treeSize").longValue(),
            head.getJsonNumber("timestamp").longValue(),
            HEX.parseHex(head.getString("rootHash")));
    return Ed25519Keys.verify(key, signed, HEX.parseHex(head.getString("signature")));
  }

  static List<byte[]> hashes(JsonObject o, String field) {
    return o.getJsonArray(field).getValuesAs(JsonString.class).stream()
        .map(s -> HEX.parseHex(s.getString()))
        .toList();
  }

  /** A DELETE as the given token (or none), with an optional case reference header. */
  static HttpResponse<String> delete(String path, String token, String caseReference)
      throws Exception {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(Stack.PORTAL + path)).DELETE();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (caseReference != null) {
      b.header("X-Case-Reference", caseReference);
    }
    return java.net.http.HttpClient.newHttpClient()
        .send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Connection superuser() throws Exception {
    String password = System.getenv("CCM_DB_SUPERUSER_PASSWORD");
    if (password == null) {
      throw new IllegalStateException("CCM_DB_SUPERUSER_PASSWORD is not set (eval ./ccm env)");
    }
    return DriverManager.getConnection(Stack.DB_URL, "postgres", password);
  }
}
