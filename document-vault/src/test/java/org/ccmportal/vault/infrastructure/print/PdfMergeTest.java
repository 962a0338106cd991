package org.ccmportal.vault.infrastructure.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.ccmportal.vault.domain.model.delivery.PdfMerger;
import org.junit.jupiter.api.Test;

class PdfMergeTest {

  @Test
  void theMergedPdfHasThePagesOfAllDocumentsInOrder() throws Exception {
    PdfMerger.Merged merged = new PdfMerge().merge(List.of(pdf(2), pdf(1), pdf(3)));
    assertEquals(List.of(2, 1, 3), merged.pages());
    try (PDDocument doc = Loader.loadPDF(merged.pdf())) {
      assertEquals(6, doc.getNumberOfPages());
    }
  }

  static byte[] pdf(int pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        doc.addPage(new PDPage());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
