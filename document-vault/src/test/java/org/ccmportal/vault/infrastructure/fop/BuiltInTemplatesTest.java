package org.ccmportal.vault.infrastructure.fop;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmportal.vault.domain.model.template.TemplateSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every built-in template renders its sample data as PDF/A-2b and PDF/UA-1, issued and as a
 * preview; a preview says PREVIEW on every page.
 */
class BuiltInTemplatesTest {

  private static final FopDocumentRenderer RENDERER = new FopDocumentRenderer();

  static Iterable<String> ids() {
    return BuiltInTemplates.ids();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void sampleIsPdfA2bAndPdfUa1(String id) throws Exception {
    TemplateSource template = BuiltInTemplates.builtIn(id);
    JsonObject sample = Pdfs.sample(id);
    byte[] pdf = RENDERER.render(template, sample, false);
    write(id + ".pdf", pdf);
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFA_2_B), id);
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFUA_1), id);
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("Amira Haddad"), id);
    assertTrue(text.contains("Page 1 of " + Pdfs.pageCount(pdf)), id);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void previewIsMarkedOnEveryPageAndStaysCompliant(String id) throws Exception {
    byte[] pdf = RENDERER.render(BuiltInTemplates.builtIn(id), Pdfs.sample(id), true);
    for (int page = 1; page <= Pdfs.pageCount(pdf); page++) {
      assertTrue(Pdfs.pageText(pdf, page).contains("PREVIEW"), id + " page " + page);
    }
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFA_2_B), id);
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFUA_1), id);
  }

  @org.junit.jupiter.api.Test
  void policyTermsRunOverSeveralPages() throws Exception {
    byte[] pdf = RENDERER.render(BuiltInTemplates.builtIn("policy"), Pdfs.sample("policy"), false);
    assertTrue(Pdfs.pageCount(pdf) >= 3, "pages: " + Pdfs.pageCount(pdf));
  }

  @org.junit.jupiter.api.Test
  void aDraftWhoseTextChangedIsCompiledAgain() {
    String text = BuiltInTemplates.builtIn("notice").xslt();
    TemplateSource draft = new TemplateSource("draft-cache", 1, text);
    TemplateSource same = new TemplateSource("draft-cache", 1, new String(text));
    TemplateSource edited = new TemplateSource("draft-cache", 1, text + "<!-- edited -->");
    org.junit.jupiter.api.Assertions.assertSame(
        RENDERER.compiled(draft), RENDERER.compiled(same), "same text: cached");
    org.junit.jupiter.api.Assertions.assertNotSame(
        RENDERER.compiled(draft), RENDERER.compiled(edited), "edited draft: compiled again");
  }

  private static void write(String name, byte[] pdf) throws Exception {
    Path dir = Path.of("target", "rendered");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), pdf);
  }
}
