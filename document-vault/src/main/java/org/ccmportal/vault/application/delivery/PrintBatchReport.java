package org.ccmportal.vault.application.delivery;

import java.util.List;

/**
 * A print batch written to the print drop.
 *
 * @param batchId the batch ({@code yyyyMMdd-HHmmss-} and 8 random hex digits)
 * @param bucket the print drop's bucket
 * @param objects the merged PDF's and the manifest's object names
 * @param documents documents printed
 * @param pages pages of the merged PDF
 */
public record PrintBatchReport(
    String batchId, String bucket, List<String> objects, int documents, int pages) {}
