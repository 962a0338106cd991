package org.ccmportal.archive.api;

/**
 * Reading the archive, for regulators and approvers: signed tree heads, proofs, search and
 * verification. Every search and every view of a record is itself appended to the log as an {@code
 * AUDIT} record (who, role, what, when, case reference). Anyone else gets {@link
 * ArchiveAccessDeniedException}.
 */
public interface ArchiveAccess {

  /** The latest signed tree head, signing a new one first if none covers the current log. */
  TreeHeadView treeHead(ArchiveCaller caller);

  /** The public key that verifies the tree heads, as PEM (X.509 SubjectPublicKeyInfo). */
  String publicKeyPem();

  /** Inclusion proof of a record in the tree of {@code treeSize} leaves (null: the latest head). */
  InclusionProofView inclusionProof(ArchiveCaller caller, long recordId, Long treeSize);

  /** Consistency proof between trees of {@code first} and {@code second} leaves. */
  ConsistencyProofView consistencyProof(ArchiveCaller caller, long first, long second);

  /** A page of matching records, in log order; {@code limit} 1 to 200. */
  RecordPage search(ArchiveCaller caller, ArchiveQuery query, int offset, int limit);

  /** The archived content of a record (document, message body, event JSON); audited. */
  RecordContent content(ArchiveCaller caller, long recordId);

  /** Recomputes every leaf, the tree against the latest head, and every object's SHA-256. */
  VerificationReport verify(ArchiveCaller caller);
}
