package org.ccmportal.vault.domain.model.delivery;

/**
 * Where print batches go for the print house: one folder per batch, {@code
 * print-drop/<date>/<batch>/}, holding the merged PDF and its manifest. Writing the same batch
 * again replaces its files, so a batch interrupted before it was confirmed is simply written again.
 */
public interface PrintDrop {

  /**
   * Writes the batch's files; returns the object names written (PDF first, then manifest).
   *
   * @throws DeliveryException when the storage cannot take them
   */
  java.util.List<String> write(String folder, byte[] mergedPdf, byte[] manifestCsv);

  /** The bucket the print drop writes to. */
  String bucket();
}
