package org.ccmportal.vault.infrastructure.fop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The only way FOP can load a resource: a fixed list of built-in resources (the embedded fonts)
 * served from the classpath under the {@code ccm-fop:} scheme. Anything else a configuration or
 * template names ({@code file:}, {@code http:}, {@code jar:}, other classpath entries) is refused,
 * so a template can never read a file or reach the network. Works inside a WAR, where the classpath
 * is not a file system.
 */
final class ClasspathResourceResolver implements ResourceResolver {

  /** Base URI of the FOP configuration; relative references resolve below it. */
  static final URI BASE = URI.create("ccm-fop:/");

  private static final Map<String, String> KNOWN =
      Map.of(
          "ccm-fop:/fonts/DejaVuSans.ttf", "/fop/fonts/DejaVuSans.ttf",
          "ccm-fop:/fonts/DejaVuSans-Bold.ttf", "/fop/fonts/DejaVuSans-Bold.ttf",
          "ccm-fop:/fonts/DejaVuSans-Oblique.ttf", "/fop/fonts/DejaVuSans-Oblique.ttf",
          "ccm-fop:/fonts/DejaVuSans-BoldOblique.ttf", "/fop/fonts/DejaVuSans-BoldOblique.ttf");

  @Override
  public Resource getResource(URI uri) throws IOException {
    String path = uri == null ? null : KNOWN.get(uri.toString());
    if (path == null) {
      throw new IOException("resource not allowed in documents: " + uri);
    }
    InputStream in = ClasspathResourceResolver.class.getResourceAsStream(path);
    if (in == null) {
      throw new IOException("built-in resource missing from the classpath: " + path);
    }
    return new Resource(in);
  }

  @Override
  public OutputStream getOutputStream(URI uri) throws IOException {
    throw new IOException("documents cannot write resources: " + uri);
  }
}
