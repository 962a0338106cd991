/**
 * The archive's Merkle log (RFC 9162 style): the canonical byte encoding of a record's envelope and
 * the leaf, node and tree hashes computed from it. No dependency on anything else.
 */
package org.ccmportal.archive.domain.merkle;
