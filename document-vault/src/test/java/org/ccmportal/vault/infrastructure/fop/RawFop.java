package org.ccmportal.vault.infrastructure.fop;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.ccmportal.vault.domain.model.template.TemplateSource;

/**
 * Plain Apache FOP with the product's configuration (same fop.xconf, fonts and resolver), for the
 * render benchmark's baseline: XSL-FO in, PDF out, nothing else. Test code only.
 */
public final class RawFop {
  private final FopFactory factory;

  public RawFop() throws Exception {
    try (InputStream conf = RawFop.class.getResourceAsStream("/fop/fop.xconf")) {
      factory =
          new FopConfParser(conf, ClasspathResourceResolver.BASE, new ClasspathResourceResolver())
              .getFopFactoryBuilder()
              .build();
    }
  }

  /** The XSL-FO the product's template makes of this data record. */
  public static byte[] fo(TemplateSource template, JsonObject data) throws Exception {
    Transformer transformer = new FopDocumentRenderer().compiled(template).newTransformer();
    transformer.setParameter("preview", "false");
    StringWriter fo = new StringWriter();
    transformer.transform(
        new StreamSource(new StringReader(JsonXml.toXml(data))), new StreamResult(fo));
    return fo.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Renders XSL-FO to PDF with a new user agent, accessibility on, one {@code Fop} created at a
   * time, as the product does.
   */
  public byte[] render(byte[] fo) throws Exception {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    FOUserAgent agent = factory.newFOUserAgent();
    agent.setAccessibility(true);
    agent.setCreator("CCM Portal");
    Fop fop;
    synchronized (factory) { // as the product does: FOP's configuration DOM is read here
      fop = factory.newFop(MimeConstants.MIME_PDF, agent, pdf);
    }
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(
            new StreamSource(new ByteArrayInputStream(fo)), new SAXResult(fop.getDefaultHandler()));
    return pdf.toByteArray();
  }
}
