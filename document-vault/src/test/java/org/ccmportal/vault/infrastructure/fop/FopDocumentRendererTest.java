package org.ccmportal.vault.infrastructure.fop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmportal.vault.domain.model.template.RenderException;
import org.ccmportal.vault.domain.model.template.TemplateSource;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The built-in templates render archivable (PDF/A-2b) and accessible (PDF/UA-1) documents, long
 * statements break over pages, any text renders as itself, and failures are clear.
 */
class FopDocumentRendererTest {

  /** One renderer per application in production; one per test class here. */
  private static final FopDocumentRenderer RENDERER = new FopDocumentRenderer();

  @Test
  void statementIsPdfA2bAndPdfUa1() throws Exception {
    byte[] pdf = RENDERER.render(BuiltInTemplates.statement(), Pdfs.sample("statement"), false);
    write("statement.pdf", pdf);
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFA_2_B));
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFUA_1));
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("Amira Haddad"), text);
    assertTrue(text.contains("BE71 0961 2345 6769"), text);
    assertTrue(text.contains("Page 1 of 1"), text);
  }

  @Test
  void noticeIsPdfA2bAndPdfUa1() throws Exception {
    byte[] pdf = RENDERER.render(BuiltInTemplates.notice(), Pdfs.sample("notice"), false);
    write("notice.pdf", pdf);
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFA_2_B));
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFUA_1));
    assertTrue(Pdfs.text(pdf).contains("Changes to the terms of your current account"));
  }

  @Test
  void previewMarksEveryPageAndStaysCompliant() throws Exception {
    byte[] pdf = RENDERER.render(BuiltInTemplates.statement(), statementWith(60), true);
    write("statement-preview.pdf", pdf);
    int pages = Pdfs.pageCount(pdf);
    assertTrue(pages > 1);
    for (int page = 1; page <= pages; page++) {
      assertTrue(Pdfs.pageText(pdf, page).contains("PREVIEW"), "page " + page);
    }
    byte[] issued = RENDERER.render(BuiltInTemplates.statement(), statementWith(60), false);
    assertFalse(Pdfs.text(issued).contains("PREVIEW"));
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFA_2_B));
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFUA_1));
  }

  @Test
  void longStatementRunsOverSeveralPagesWithRepeatedHeader() throws Exception {
    byte[] pdf = RENDERER.render(BuiltInTemplates.statement(), statementWith(60), false);
    write("statement-long.pdf", pdf);
    int pages = Pdfs.pageCount(pdf);
    assertTrue(pages > 1, "pages: " + pages);
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("Page " + pages + " of " + pages), text);
    String header = "Date Description Money out Money in Balance";
    assertEquals(pages, text.split(header, -1).length - 1, "table header on every page");
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFA_2_B));
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFUA_1));
  }

  @Test
  void markupRtlTextAndEmojiRenderAsThemselves() throws Exception {
    String name = "<b>&\"' אבי כהן محمد 😀";
    JsonObject data =
        Json.createObjectBuilder(Pdfs.sample("notice"))
            .add("customerName", name)
            .add("title", "Notice for " + name)
            .build();
    byte[] pdf = RENDERER.render(BuiltInTemplates.notice(), data, false);
    write("notice-escaping.pdf", pdf);
    String text = Pdfs.text(pdf);
    assertTrue(text.contains("<b>&\"'"), text);
    assertTrue(text.contains("😀"), text);
    assertTrue(text.contains("כהן") || text.contains("ןהכ"), text);
    assertNull(Pdfs.violations(pdf, PDFAFlavour.PDFA_2_B));
  }

  /**
   * Known defect of FOP 2.11: after a character outside the Basic Multilingual Plane (an emoji) the
   * font subset's ToUnicode map is shifted by one (CIDSubset.getChars() returns UTF-16, and
   * PDFToUnicodeCMap uses the array index as the glyph id), so text first used after the emoji
   * extracts as the wrong letters. The page looks right and veraPDF passes.
   */
  @Test
  @Disabled("FOP 2.11 ToUnicode bug with supplementary-plane characters; see Javadoc")
  void textFirstUsedAfterAnEmojiIsExtractable() throws Exception {
    JsonObject data =
        Json.createObjectBuilder(Pdfs.sample("notice")).add("customerName", "Ann 😀").build();
    String text = Pdfs.text(RENDERER.render(BuiltInTemplates.notice(), data, false));
    assertTrue(text.contains("We are writing to tell you"), text);
  }

  @Test
  void brokenTemplateIsARenderException() {
    TemplateSource broken = new TemplateSource("broken", 1, "<xsl:stylesheet version='1.0'");
    RenderException e =
        assertThrows(
            RenderException.class, () -> RENDERER.render(broken, Pdfs.sample("notice"), false));
    assertTrue(e.getMessage().startsWith("template 'broken' v1 does not compile"), e.getMessage());
  }

  @Test
  void invalidFoIsARenderException() {
    TemplateSource invalid =
        new TemplateSource(
            "invalid-fo",
            1,
            """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
              <xsl:template match="/"><fo:root><fo:block/></fo:root></xsl:template>
            </xsl:stylesheet>
            """);
    RenderException e =
        assertThrows(
            RenderException.class, () -> RENDERER.render(invalid, Pdfs.sample("notice"), false));
    System.out.println(e.getMessage());
    assertTrue(e.getMessage().startsWith("template 'invalid-fo' v1 could not be rendered"));
  }

  @Test
  void badJsonKeyIsARenderExceptionNamingIt() {
    JsonObject data =
        Json.createObjectBuilder(Pdfs.sample("notice"))
            .add("meta", Json.createObjectBuilder().add("1st line", "x"))
            .build();
    RenderException e =
        assertThrows(
            RenderException.class, () -> RENDERER.render(BuiltInTemplates.notice(), data, false));
    assertTrue(e.getMessage().contains("'meta.1st line'"), e.getMessage());
  }

  @Test
  void compiledTemplatesAreCachedPerIdAndVersion() {
    TemplateSource v1 = BuiltInTemplates.notice();
    assertSame(RENDERER.compiled(v1), RENDERER.compiled(BuiltInTemplates.notice()));
    TemplateSource v2 = new TemplateSource("notice", 2, v1.xslt());
    assertTrue(RENDERER.compiled(v1) != RENDERER.compiled(v2));
  }

  @Test
  void renderTimes() {
    FopDocumentRenderer fresh = new FopDocumentRenderer();
    JsonObject data = Pdfs.sample("statement");
    long t0 = System.nanoTime();
    fresh.render(BuiltInTemplates.statement(), data, false);
    long first = System.nanoTime() - t0;
    int n = 30;
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      fresh.render(BuiltInTemplates.statement(), data, false);
    }
    long avg = (System.nanoTime() - t0) / n;
    System.out.printf(
        "statement render: first %d ms, average of next %d: %d ms%n",
        first / 1_000_000, n, avg / 1_000_000);
  }

  static JsonObject statementWith(int transactions) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < transactions; i++) {
      list.add(
          Json.createObjectBuilder()
              .add("date", String.format("2026-01-%02d", 1 + i % 31))
              .add("description", "Card payment " + (i + 1) + " – Supermarket Delhaize Brussels")
              .add("amount", i % 7 == 0 ? 1250.00 : -(10 + i * 1.37)));
    }
    return Json.createObjectBuilder(Pdfs.sample("statement")).add("transactions", list).build();
  }

  static void write(String name, byte[] pdf) throws Exception {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ccm-fop-test");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), pdf);
  }
}
