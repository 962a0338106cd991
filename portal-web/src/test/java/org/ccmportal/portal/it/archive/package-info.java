/**
 * Integration tests of the archive through the real WAR: append-only tables, signed tree heads,
 * proofs verified client-side, audited search, and the verification job against tampering.
 */
package org.ccmportal.portal.it.archive;
