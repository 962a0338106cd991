package org.ccmportal.vault.infrastructure.fop;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** Test helpers: sample data, veraPDF validation, page count and text of a PDF. */
final class Pdfs {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private Pdfs() {}

  static JsonObject sample(String name) {
    try (InputStream in = Pdfs.class.getResourceAsStream("/templates/samples/" + name + ".json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Validates against one flavour; returns null when compliant, otherwise the failed rules (id,
   * count and description) for the assertion message.
   */
  static String violations(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return null;
      }
      Map<RuleId, Integer> failed = result.getFailedChecks();
      String descriptions =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus().name().equals("FAILED"))
              .map(a -> rule(a.getRuleId()) + ": " + a.getMessage())
              .distinct()
              .collect(Collectors.joining("\n  "));
      String ids =
          failed.entrySet().stream()
              .map(e -> rule(e.getKey()) + " x" + e.getValue())
              .collect(Collectors.joining(", "));
      String report = flavour + " failed rules: " + ids + "\n  " + descriptions;
      System.out.println(report);
      return report;
    }
  }

  private static String rule(RuleId id) {
    return id.getClause() + "-" + id.getTestNumber();
  }

  static int pageCount(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  static String pageText(byte[] pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(document);
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
