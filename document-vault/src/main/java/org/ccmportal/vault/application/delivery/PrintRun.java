package org.ccmportal.vault.application.delivery;

import java.util.List;

/**
 * One run of the print batch.
 *
 * @param batches the batches written (an interrupted earlier batch is written again first)
 * @param deadLettered print items moved to the dead-letter list (no postal address)
 */
public record PrintRun(List<PrintBatchReport> batches, int deadLettered) {}
