package org.ccmportal.archive.api;

/**
 * A signed tree head as published (see archive/VERIFYING.md for the signed bytes).
 *
 * @param treeSize number of leaves
 * @param rootHash lower-case hex root hash
 * @param timestamp milliseconds since 1970-01-01T00:00Z, as signed
 * @param issuedAt the same instant in ISO-8601
 * @param keyId lower-case hex SHA-256 of the signing public key's SPKI
 * @param signature lower-case hex Ed25519 signature (64 bytes)
 */
public record TreeHeadView(
    long treeSize,
    String rootHash,
    long timestamp,
    String issuedAt,
    String keyId,
    String signature) {}
