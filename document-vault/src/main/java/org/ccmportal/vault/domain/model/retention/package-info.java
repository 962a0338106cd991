/**
 * Retention and disposition: what starts a document type's retention period, the events that start
 * it, legal holds, and the rule that a document is disposed of only when its retention has passed
 * and no hold applies.
 */
package org.ccmportal.vault.domain.model.retention;
