package org.ccmportal.vault.infrastructure.fop;

import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the template output and FOP and refuses XSL-FO that asks FOP to load anything: a
 * document is made only from its data, its template and the built-in fonts. External graphics,
 * background images, colour profiles, external documents and embedded SVG/MathML (which can pull in
 * resources of their own) are refused with the reference named; links ({@code
 * external-destination}) are allowed because FOP never fetches them.
 */
final class ExternalResourceGuard extends XMLFilterImpl {

  private static final String FO = "http://www.w3.org/1999/XSL/Format";
  private static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";

  /** The reason a document was refused; carried as a SAXException through XSLT and FOP. */
  static final class Refused extends SAXException {
    Refused(String message) {
      super(message);
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if (FO.equals(uri) && "instream-foreign-object".equals(localName)) {
      throw new Refused("templates cannot embed SVG or other foreign objects");
    }
    if (FOX.equals(uri) && "external-document".equals(localName)) {
      throw new Refused("templates cannot include external documents");
    }
    for (int i = 0; i < atts.getLength(); i++) {
      String name = atts.getLocalName(i);
      String value = atts.getValue(i);
      if ("external-destination".equals(name) || "internal-destination".equals(name)) {
        continue;
      }
      if ("src".equals(name)
          || "background-image".equals(name)
          || value.toLowerCase(Locale.ROOT).contains("url(")) {
        throw new Refused(
            "templates cannot load images or files (" + localName + " " + name + "=" + value + ")");
      }
    }
    super.startElement(uri, localName, qName, atts);
  }
}
