package org.ccmportal.vault.infrastructure.fop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Objects;
import java.util.logging.Logger;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.ccmportal.vault.domain.model.template.DocumentRenderer;
import org.ccmportal.vault.domain.model.template.RenderException;
import org.ccmportal.vault.domain.model.template.TemplateSource;
import org.xml.sax.SAXException;

/**
 * Renders documents with Apache FOP as PDF/A-2b and PDF/UA-1 with embedded DejaVu fonts: one {@link
 * FopFactory} for the application (from {@code fop/fop.xconf} on the classpath), a new user agent
 * per render, compiled templates cached per template version. A template sees only its data and the
 * shared fragments: it cannot read files, reach the network or expand entities. A render either
 * returns a complete PDF or throws {@link RenderException}; nothing is half-written.
 *
 * <p>Renders run in parallel, except the creation of each {@link Fop}: FOP keeps {@code fop.xconf}
 * as a DOM and reads it while it sets up a new document (renderer configuration, fonts), and the
 * JDK's DOM is not safe for concurrent reads (its node-list cache is shared), which made parallel
 * renders fail now and then. Creation is the only place that reads it, and it is short.
 */
@ApplicationScoped
public class FopDocumentRenderer implements DocumentRenderer {

  private static final Logger LOG = Logger.getLogger(FopDocumentRenderer.class.getName());

  private final StylesheetCompiler compiler = new StylesheetCompiler();
  private volatile FopFactory fopFactory;
  private final Object fopCreation = new Object();

  /** Cheap: the FOP factory is built on first render (CDI may construct proxies too). */
  public FopDocumentRenderer() {}

  @Override
  public byte[] render(TemplateSource template, JsonObject data, boolean preview) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(data, "data");
    String name = "template '" + template.templateId() + "' v" + template.version();
    long start = System.nanoTime();
    String xml = JsonXml.toXml(data);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    int pages;
    try {
      Transformer transformer = compiler.newTransformer(template);
      transformer.setParameter("preview", Boolean.toString(preview));
      FOUserAgent agent = factory().newFOUserAgent();
      agent.setAccessibility(true);
      agent.setCreator("CCM Portal");
      FailedEvents failures = new FailedEvents();
      agent.getEventBroadcaster().addEventListener(failures);
      Fop fop = newFop(agent, pdf);
      ExternalResourceGuard guard = new ExternalResourceGuard();
      guard.setContentHandler(fop.getDefaultHandler());
      transformer.transform(new StreamSource(new StringReader(xml)), new SAXResult(guard));
      failures.throwIfAny(name);
      pages = fop.getResults() == null ? 0 : fop.getResults().getPageCount();
    } catch (RenderException e) {
      throw e;
    } catch (TransformerException | FOPException | RuntimeException e) {
      throw new RenderException(name + " could not be rendered: " + reason(e), e);
    }
    byte[] bytes = pdf.toByteArray();
    LOG.fine(
        () ->
            String.format(
                "rendered %s%s: %d pages, %d bytes, %d ms",
                name,
                preview ? " (preview)" : "",
                pages,
                bytes.length,
                (System.nanoTime() - start) / 1_000_000));
    return bytes;
  }

  /** The compiled stylesheet of a template version (cached; exposed for tests). */
  Templates compiled(TemplateSource template) {
    return compiler.compiled(template);
  }

  /** One at a time: FOP reads its shared configuration DOM here (see the class comment). */
  private Fop newFop(FOUserAgent agent, ByteArrayOutputStream pdf) throws FOPException {
    FopFactory factory = factory();
    synchronized (fopCreation) {
      return factory.newFop(MimeConstants.MIME_PDF, agent, pdf);
    }
  }

  private FopFactory factory() {
    FopFactory result = fopFactory;
    if (result == null) {
      synchronized (this) {
        result = fopFactory;
        if (result == null) {
          result = fopFactory = createFactory();
        }
      }
    }
    return result;
  }

  private static FopFactory createFactory() {
    try (InputStream conf = FopDocumentRenderer.class.getResourceAsStream("/fop/fop.xconf")) {
      if (conf == null) {
        throw new IllegalStateException("fop/fop.xconf missing from the classpath");
      }
      return new FopConfParser(
              conf, ClasspathResourceResolver.BASE, new ClasspathResourceResolver())
          .getFopFactoryBuilder()
          .build();
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("FOP configuration fop/fop.xconf is invalid", e);
    }
  }

  /** The most specific message in a failure, preferring a refusal by the resource guard. */
  static String reason(Throwable failure) {
    String message = null;
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof ExternalResourceGuard.Refused) {
        return t.getMessage();
      }
      if (t instanceof FileNotFoundException) {
        // XSLTC's report when document() was refused by the URI resolver
        return "templates cannot load documents (" + t.getMessage() + ")";
      }
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    if (message == null) {
      return failure.getClass().getSimpleName();
    }
    String line = message.strip().lines().findFirst().orElse(message);
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }

  private static Throwable next(Throwable t) {
    Throwable cause = t.getCause();
    if (cause == null && t instanceof SAXException sax) {
      cause = sax.getException();
    }
    if (cause == null && t instanceof TransformerException te) {
      cause = te.getException();
    }
    return cause == t ? null : cause;
  }

  /** FOP reports some problems as events and carries on; for a document they are failures. */
  private static final class FailedEvents implements org.apache.fop.events.EventListener {
    private volatile String first;

    @Override
    public void processEvent(Event event) {
      EventSeverity severity = event.getSeverity();
      if ((severity == EventSeverity.ERROR || severity == EventSeverity.FATAL) && first == null) {
        first = EventFormatter.format(event);
      }
    }

    void throwIfAny(String name) {
      if (first != null) {
        throw new RenderException(name + " could not be rendered: " + first);
      }
    }
  }
}
