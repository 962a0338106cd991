package org.ccmportal.vault.domain.model.delivery;

import java.util.List;

/** Merges the PDFs of a print batch into one, in order. */
public interface PdfMerger {

  /**
   * The merged PDF and each document's page count.
   *
   * @param pdf the merged document
   * @param pages the page count of each input, in input order
   */
  record Merged(byte[] pdf, List<Integer> pages) {}

  Merged merge(List<byte[]> documents);
}
