package org.ccmportal.portal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ccmportal.portal.interfaces.rest.preferences.ConsentHistoryDocument;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.vault.domain.model.template.TemplateSource;
import org.ccmportal.vault.infrastructure.fop.FopDocumentRenderer;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The consent history PDF through the product's real FOP pipeline (no server): every record with
 * when, purpose, decision, text version and SHA-256, how, who and the staff reason; archivable and
 * accessible: veraPDF finds it PDF/A-2b and PDF/UA-1 compliant, with records and when empty. The
 * rendered file and a PNG of its first page are left in target/consent-history to look at.
 */
class ConsentHistoryPdfTest {
  private static final String SHA_1 = "a".repeat(63) + "1";
  private static final String SHA_2 = "b".repeat(63) + "2";

  @Test
  void theHistoryShowsEveryRecordInFull() throws Exception {
    List<ConsentEntry> history =
        List.of(
            entry(
                1,
                ConsentPurpose.MARKETING_EMAIL,
                ConsentDecision.GRANTED,
                SHA_1,
                ChangeMethod.PORTAL,
                "alice-subject",
                null),
            entry(
                2,
                ConsentPurpose.PAPERLESS,
                ConsentDecision.GRANTED,
                SHA_2,
                ChangeMethod.API,
                "alice-subject",
                null),
            entry(
                3,
                ConsentPurpose.MARKETING_EMAIL,
                ConsentDecision.WITHDRAWN,
                SHA_1,
                ChangeMethod.STAFF_ON_BEHALF,
                "adam",
                "Customer asked by phone, call 4711"));
    byte[] pdf =
        new FopDocumentRenderer()
            .render(
                new TemplateSource("consent-history-test", 1, stylesheet()),
                ConsentHistoryDocument.data(
                    "C-1001", history, Instant.parse("2026-11-22T10:15:30Z")),
                false);

    Path dir = Files.createDirectories(Path.of("target", "consent-history"));
    Path file = dir.resolve("consent-history-sample.pdf");
    Files.write(file, pdf);
    String text = run("pdftotext", "-layout", file.toString(), "-").replaceAll("\\s+", " ");

    assertTrue(text.contains("Customer number: C-1001"), text);
    assertTrue(text.contains("Generated on 22 Nov 2026, 10:15:30 UTC"), text);
    assertTrue(text.contains("Agreed: Offers and news by email"), text);
    assertTrue(text.contains("Agreed: Paperless documents"), text);
    assertTrue(text.contains("Withdrawn: Offers and news by email"), text);
    assertTrue(text.contains("1 Mar 2026, 09:00:01 UTC"), text);
    assertTrue(text.contains(SHA_1) && text.contains(SHA_2), text);
    assertTrue(text.contains("On the website"), text);
    assertTrue(text.contains("Through the app"), text);
    assertTrue(text.contains("By our staff on your behalf"), text);
    assertTrue(text.contains("Customer asked by phone, call 4711"), text);
    assertTrue(text.contains("adam"), text);
    assertEquals(1, count(text, "Reason given by our staff"), "only the staff record has a reason");

    assertNull(PdfCompliance.violations(pdf, PDFAFlavour.PDFA_2_B));
    assertNull(PdfCompliance.violations(pdf, PDFAFlavour.PDFUA_1));

    String info = run("pdfinfo", file.toString());
    assertTrue(info.contains("Tagged:") && info.matches("(?s).*Tagged:\\s+yes.*"), info);
    assertTrue(info.contains("Title:") && info.contains("Your consent history"), info);
    run(
        "pdftoppm",
        "-png",
        "-r",
        "60",
        "-f",
        "1",
        "-l",
        "1",
        file.toString(),
        dir.resolve("consent-history-sample").toString());
  }

  @Test
  void anEmptyHistorySaysSo() throws Exception {
    byte[] pdf =
        new FopDocumentRenderer()
            .render(
                new TemplateSource("consent-history-test", 1, stylesheet()),
                ConsentHistoryDocument.data("C-1002", List.of(), Instant.now()),
                false);
    Path file = Files.createDirectories(Path.of("target", "consent-history")).resolve("empty.pdf");
    Files.write(file, pdf);
    String text = run("pdftotext", file.toString(), "-");
    assertTrue(text.contains("No decisions recorded yet."), text);
    assertTrue(text.contains("C-1002"), text);
    assertNull(PdfCompliance.violations(pdf, PDFAFlavour.PDFA_2_B));
    assertNull(PdfCompliance.violations(pdf, PDFAFlavour.PDFUA_1));
  }

  private static ConsentEntry entry(
      int n,
      ConsentPurpose purpose,
      ConsentDecision decision,
      String sha,
      ChangeMethod method,
      String actor,
      String reason) {
    return new ConsentEntry(
        n,
        "C-1001",
        purpose,
        decision,
        1,
        sha,
        Instant.parse("2026-03-0" + n + "T09:00:0" + n + "Z"),
        method,
        actor,
        reason);
  }

  private static String stylesheet() throws IOException {
    try (var in =
        ConsentHistoryDocument.class.getResourceAsStream(
            "/org/ccmportal/portal/preferences/consent-history.xsl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
    return out;
  }
}
