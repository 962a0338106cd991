/**
 * Bulk runs: accepting a file of data records, and publishing each record through the same
 * idempotent use case as a single publish (the external reference makes one document per record).
 */
package org.ccmportal.vault.application.bulk;
