package org.ccmportal.vault.infrastructure.fop;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Source;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import org.ccmportal.vault.domain.model.template.RenderException;
import org.ccmportal.vault.domain.model.template.TemplateSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Compiles template XSLT with the JDK's own XSLTC under secure processing and caches the result per
 * template id and version. An approved version's text never changes; a draft's may, so an entry is
 * recompiled when the text of its version differs from the text it was compiled from. A stylesheet
 * may include only the shared fragments ({@code fragment:NAME} = classpath {@code
 * templates/fragments/NAME.xsl}); it may not declare a DOCTYPE, call Java, or load anything with
 * {@code document()}.
 */
final class StylesheetCompiler {

  private static final String FRAGMENT = "fragment:";

  private record Key(String templateId, int version) {}

  private record Compiled(String xslt, Templates templates) {}

  private final ConcurrentMap<Key, Compiled> cache = new ConcurrentHashMap<>();

  /** Returns the compiled stylesheet of a template version, compiling it on first use. */
  Templates compiled(TemplateSource template) {
    Key key = new Key(template.templateId(), template.version());
    Compiled cached = cache.get(key);
    if (cached != null && cached.xslt().equals(template.xslt())) {
      return cached.templates();
    }
    return cache
        .compute(
            key,
            (k, old) ->
                old != null && old.xslt().equals(template.xslt())
                    ? old
                    : new Compiled(template.xslt(), compile(template)))
        .templates();
  }

  /** A transformer for one render: {@code document()} and includes resolve to nothing. */
  Transformer newTransformer(TemplateSource template) throws TransformerConfigurationException {
    Transformer transformer = compiled(template).newTransformer();
    transformer.setURIResolver(
        (href, base) -> {
          throw new TransformerException("templates cannot load documents: " + href);
        });
    transformer.setErrorListener(new Errors());
    return transformer;
  }

  private Templates compile(TemplateSource template) {
    String name = "template '" + template.templateId() + "' v" + template.version();
    Errors errors = new Errors();
    try {
      TransformerFactory factory = TransformerFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      factory.setURIResolver(StylesheetCompiler::fragment);
      factory.setErrorListener(errors);
      XMLReader reader = hardenedParsers().newSAXParser().getXMLReader();
      InputSource input = new InputSource(new StringReader(template.xslt()));
      input.setSystemId("template:" + template.templateId() + "/" + template.version());
      return factory.newTemplates(new SAXSource(reader, input));
    } catch (TransformerConfigurationException e) {
      throw new RenderException(name + " does not compile: " + errors.firstOr(e), e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("XML parser cannot be secured", e);
    }
  }

  /** Resolves {@code fragment:NAME} to a shared fragment; refuses every other href. */
  private static Source fragment(String href, String base) throws TransformerException {
    if (href != null && href.startsWith(FRAGMENT)) {
      String fragment = href.substring(FRAGMENT.length());
      if (fragment.matches("[a-z][a-z0-9-]{0,40}")) {
        InputStream in =
            StylesheetCompiler.class.getResourceAsStream(
                "/templates/fragments/" + fragment + ".xsl");
        if (in != null) {
          return new StreamSource(in, href);
        }
      }
      throw new TransformerException("unknown fragment: " + href);
    }
    throw new TransformerException("only fragment:NAME may be included or imported: " + href);
  }

  private static SAXParserFactory hardenedParsers() {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setXIncludeAware(false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("XML parser cannot be secured", e);
    }
  }

  /** Collects XSLT messages so that a failure can name its first cause; warnings are ignored. */
  static final class Errors implements ErrorListener {
    private final List<String> messages = new ArrayList<>();

    @Override
    public void warning(TransformerException e) {}

    @Override
    public void error(TransformerException e) throws TransformerException {
      messages.add(e.getMessageAndLocation());
      throw e;
    }

    @Override
    public void fatalError(TransformerException e) throws TransformerException {
      messages.add(e.getMessageAndLocation());
      throw e;
    }

    /** The first specific message; XSLTC also reports a generic "could not compile". */
    String firstOr(Exception fallback) {
      String first =
          messages.stream()
              .filter(m -> m != null && !m.startsWith("Could not compile stylesheet"))
              .findFirst()
              .orElse(fallback.getMessage());
      return first != null && first.contains("DOCTYPE is disallowed")
          ? "templates may not declare a DOCTYPE or entities"
          : first;
    }
  }
}
