package org.ccmportal.portal.interfaces.rest.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentService;
import org.ccmportal.vault.domain.model.template.DocumentRenderer;
import org.ccmportal.vault.domain.model.template.TemplateSource;

/**
 * A customer's own consent history as a PDF to keep (PDF/A-2b, tagged PDF/UA-1, rendered by the
 * product's FOP pipeline): customer id, when it was generated, and every ledger record, oldest
 * first, with when, purpose, decision, the consent text's version and SHA-256, how and by whom, and
 * the reason when staff acted on the customer's behalf. It reads only the ledger of the customer it
 * is given; callers pass the id of the authenticated customer, never one from a request.
 *
 * <p>It is a system document, not a publishable template: its stylesheet ships with the portal and
 * never appears in the back-office template catalogue.
 */
@ApplicationScoped
public class ConsentHistoryDocument {
  private static final Logger LOG = Logger.getLogger(ConsentHistoryDocument.class.getName());
  private static final TemplateSource TEMPLATE =
      new TemplateSource("consent-history", 1, stylesheet());
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject ConsentService consents;
  @Inject DocumentRenderer renderer;
  Clock clock = Clock.systemUTC();

  /** The file name under which the PDF is offered. */
  public static final String FILE_NAME = "consent-history.pdf";

  /** Renders the customer's whole consent history. */
  public byte[] render(String customerId) {
    List<ConsentEntry> history = consents.history(customerId);
    byte[] pdf = renderer.render(TEMPLATE, data(customerId, history, clock.instant()), false);
    LOG.info("consent history PDF rendered: " + history.size() + " records");
    return pdf;
  }

  /** The data record of the document (texts in English, times in UTC). */
  public static jakarta.json.JsonObject data(
      String customerId, List<ConsentEntry> history, Instant at) {
    ResourceBundle t = ResourceBundle.getBundle("org.ccmportal.portal.preferences", Locale.ENGLISH);
    JsonArrayBuilder records = Json.createArrayBuilder();
    for (ConsentEntry e : history) {
      JsonObjectBuilder r =
          Json.createObjectBuilder()
              .add(
                  "summary",
                  t.getString("history.decision." + e.decision().name())
                      + ": "
                      + t.getString("consent.purpose." + e.purpose().name()))
              .add("when", WHEN.format(e.recordedAt()))
              .add("textVersion", Integer.toString(e.textVersion()))
              .add("textSha256", e.textSha256())
              .add("method", t.getString("pdf.method." + e.method().name()))
              .add("actor", e.actor() == null ? "" : e.actor())
              .add("reason", e.reason() == null ? "" : e.reason());
      records.add(r);
    }
    return Json.createObjectBuilder()
        .add("title", t.getString("pdf.title"))
        .add("customerLine", MessageFormat.format(t.getString("pdf.customer"), customerId))
        .add("generatedLine", MessageFormat.format(t.getString("pdf.generated"), WHEN.format(at)))
        .add("lead", t.getString("pdf.lead"))
        .add(
            "labels",
            Json.createObjectBuilder()
                .add("when", t.getString("pdf.label.when"))
                .add("text", t.getString("pdf.label.text"))
                .add("sha256", t.getString("pdf.label.sha256"))
                .add("how", t.getString("pdf.label.how"))
                .add("who", t.getString("pdf.label.who"))
                .add("reason", t.getString("pdf.label.reason"))
                .add("none", t.getString("history.none")))
        .add("records", records)
        .build();
  }

  private static String stylesheet() {
    try (InputStream in =
        ConsentHistoryDocument.class.getResourceAsStream(
            "/org/ccmportal/portal/preferences/consent-history.xsl")) {
      if (in == null) {
        throw new IllegalStateException("consent-history.xsl missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read consent-history.xsl", e);
    }
  }
}
