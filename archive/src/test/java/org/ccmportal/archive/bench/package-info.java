/**
 * Benchmarks of the archive's domain, run by {@code ./ccm bench archive}: appending records to an
 * in-memory log and verifying the whole log, without S3 or a database.
 */
package org.ccmportal.archive.bench;
