/**
 * Retention use cases: the rules per document type (admin), the events that start event-based
 * periods (publishing systems), and the disposition of documents whose retention has passed.
 */
package org.ccmportal.vault.application.retention;
