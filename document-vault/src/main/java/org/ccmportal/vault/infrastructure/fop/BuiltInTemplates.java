package org.ccmportal.vault.infrastructure.fop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ccmportal.vault.domain.model.template.TemplateSource;

/**
 * The templates shipped with the product, version 1: the monthly account statement and the generic
 * regulatory notice. Their XSLT is read from the classpath ({@code templates/*.xsl}); a changed
 * layout must ship as a new version, never as an edit to version 1.
 */
public final class BuiltInTemplates {

  private BuiltInTemplates() {}

  /**
   * Monthly account statement. Data: customerName, addressLines[], accountNumber, periodStart,
   * periodEnd (ISO dates), currency, openingBalance, closingBalance, transactions[] of {date,
   * description, amount}.
   */
  public static TemplateSource statement() {
    return new TemplateSource("statement", 1, read("statement"));
  }

  /** Regulatory notice. Data: customerName, title, paragraphs[], effectiveDate (ISO date). */
  public static TemplateSource notice() {
    return new TemplateSource("notice", 1, read("notice"));
  }

  private static String read(String name) {
    String path = "/templates/" + name + ".xsl";
    try (InputStream in = BuiltInTemplates.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("built-in template missing from the classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in template " + path, e);
    }
  }
}
