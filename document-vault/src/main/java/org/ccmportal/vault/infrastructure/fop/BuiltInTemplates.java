package org.ccmportal.vault.infrastructure.fop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccmportal.vault.domain.model.template.TemplateSource;

/**
 * The templates shipped with the product, version 1: the monthly account statement, the generic
 * regulatory notice, the insurance policy document, the change-of-terms disclosure, the payment
 * reminder and the annual privacy notice. Their XSLT is read from the classpath ({@code
 * templates/ID.xsl}) with sample data ({@code templates/samples/ID.json}); at first start each is
 * seeded into the database as approved version 1. A changed layout ships as a new version, never as
 * an edit to version 1.
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

  /** The ids of all built-in templates, in display order. */
  public static List<String> ids() {
    return List.of(
        "statement",
        "notice",
        "policy",
        "terms-change",
        "payment-reminder",
        "privacy-notice",
        "marketing-offer");
  }

  /** Version 1 of a built-in template. */
  public static TemplateSource builtIn(String id) {
    if (!ids().contains(id)) {
      throw new IllegalArgumentException("no built-in template " + id);
    }
    return new TemplateSource(id, 1, read(id));
  }

  /** The sample data record of a built-in template (JSON object text). */
  public static String sample(String id) {
    if (!ids().contains(id)) {
      throw new IllegalArgumentException("no built-in template " + id);
    }
    return text("/templates/samples/" + id + ".json");
  }

  private static String read(String name) {
    return text("/templates/" + name + ".xsl");
  }

  private static String text(String path) {
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
