/**
 * The archive's REST API for regulators and approvers: signed tree heads, the public key, inclusion
 * and consistency proofs, audited search and the verification job.
 */
package org.ccmportal.portal.interfaces.rest.archive;
