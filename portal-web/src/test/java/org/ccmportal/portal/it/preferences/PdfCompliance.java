package org.ccmportal.portal.it.preferences;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** veraPDF validation of a rendered PDF against one flavour (PDF/A-2b, PDF/UA-1), in process. */
final class PdfCompliance {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfCompliance() {}

  /**
   * Null when the PDF is compliant, otherwise the failed rules (clause, test number, count and
   * message) for the assertion message.
   */
  static String violations(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return null;
      }
      String ids =
          result.getFailedChecks().entrySet().stream()
              .map(e -> rule(e.getKey()) + " x" + e.getValue())
              .collect(Collectors.joining(", "));
      String messages =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus().name().equals("FAILED"))
              .map(a -> rule(a.getRuleId()) + ": " + a.getMessage())
              .distinct()
              .collect(Collectors.joining("\n  "));
      return flavour + " failed rules: " + ids + "\n  " + messages;
    }
  }

  private static String rule(RuleId id) {
    return id.getClause() + "-" + id.getTestNumber();
  }
}
