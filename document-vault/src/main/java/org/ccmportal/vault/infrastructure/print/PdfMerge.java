package org.ccmportal.vault.infrastructure.print;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ccmportal.vault.domain.model.delivery.PdfMerger;

/**
 * Merges the documents of a print batch into one PDF, in order, and tells the page count of each
 * (the print house splits the stream by the manifest's page ranges). Large batches are buffered in
 * temporary files, not in the heap.
 */
@ApplicationScoped
public class PdfMerge implements PdfMerger {

  @Override
  public Merged merge(List<byte[]> documents) {
    RandomAccessStreamCache.StreamCacheCreateFunction cache =
        MemoryUsageSetting.setupMixed(64L * 1024 * 1024).streamCache;
    List<Integer> pages = new ArrayList<>();
    try (PDDocument merged = new PDDocument(cache)) {
      PDFMergerUtility merger = new PDFMergerUtility();
      for (byte[] bytes : documents) {
        try (PDDocument part = Loader.loadPDF(bytes)) {
          pages.add(part.getNumberOfPages());
          merger.appendDocument(merged, part);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      merged.save(out);
      return new Merged(out.toByteArray(), List.copyOf(pages));
    } catch (IOException e) {
      throw new UncheckedIOException("the print batch's PDFs could not be merged", e);
    }
  }
}
