/**
 * The Jakarta Batch (JBeret) job of bulk runs: reader, processor and writer of {@code
 * META-INF/batch-jobs/bulk-run.xml}, and the restart of runs a crash left unfinished.
 */
package org.ccmportal.vault.infrastructure.batch;
