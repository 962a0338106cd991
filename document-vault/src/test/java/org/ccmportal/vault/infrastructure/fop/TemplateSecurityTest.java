package org.ccmportal.vault.infrastructure.fop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.xmlgraphics.io.Resource;
import org.ccmportal.vault.domain.model.template.RenderException;
import org.ccmportal.vault.domain.model.template.TemplateSource;
import org.junit.jupiter.api.Test;

/**
 * A template can never read a file, reach the network, expand an entity or load a document: it
 * either renders from its data alone or fails with a reason.
 */
class TemplateSecurityTest {

  private static final FopDocumentRenderer RENDERER = new FopDocumentRenderer();

  /** A minimal valid FO document whose body is {@code body}, with {@code top} before the root. */
  private static TemplateSource template(String id, String top, String body) {
    return new TemplateSource(
        id,
        1,
        top
            + """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
              <xsl:template match="/">
                <fo:root xml:lang="en" font-family="DejaVu Sans">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="p" page-height="297mm" page-width="210mm">
                      <fo:region-body margin="20mm"/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="p">
                    <fo:flow flow-name="xsl-region-body">
                      <fo:block>BODY</fo:block>
                    </fo:flow>
                  </fo:page-sequence>
                </fo:root>
              </xsl:template>
            </xsl:stylesheet>
            """
                .replace("BODY", body));
  }

  private static RenderException refused(TemplateSource template) {
    return assertThrows(
        RenderException.class, () -> RENDERER.render(template, Pdfs.sample("notice"), false));
  }

  @Test
  void externalGraphicFromTheFileSystemIsRefused() {
    RenderException e =
        refused(
            template(
                "file-graphic",
                "",
                "<fo:external-graphic src=\"url(file:///etc/passwd)\" fox:alt-text=\"x\""
                    + " xmlns:fox=\"http://xmlgraphics.apache.org/fop/extensions\"/>"));
    assertTrue(e.getMessage().contains("cannot load images or files"), e.getMessage());
  }

  @Test
  void externalGraphicFromTheNetworkNeverConnects() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = new AtomicInteger();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  server.setSoTimeout(3000);
                  server.accept().close();
                  connections.incrementAndGet();
                } catch (SocketTimeoutException expected) {
                  // nobody came
                } catch (IOException ignored) {
                  // socket closed
                }
              });
      acceptor.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.png";
      RenderException e =
          refused(template("http-graphic", "", "<fo:external-graphic src=\"url(" + url + ")\"/>"));
      assertTrue(e.getMessage().contains(url), e.getMessage());
      RenderException bg =
          refused(template("http-background", "", "<fo:inline background-image=\"" + url + "\"/>"));
      assertTrue(bg.getMessage().contains("cannot load"), bg.getMessage());
      acceptor.join();
      assertEquals(0, connections.get(), "the renderer connected to " + url);
    }
  }

  @Test
  void embeddedSvgIsRefused() {
    String svg =
        "<fo:instream-foreign-object><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
            + " height=\"10\"><image href=\"file:///etc/passwd\"/></svg></fo:instream-foreign-object>";
    RenderException e = refused(template("svg", "", svg));
    assertTrue(e.getMessage().contains("cannot embed SVG"), e.getMessage());
  }

  @Test
  void doctypeWithEntitiesIsRefused() {
    String external = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n";
    RenderException e1 = refused(template("xxe", external, "&e;"));
    assertTrue(e1.getMessage().contains("does not compile"), e1.getMessage());
    String internal = "<!DOCTYPE x [<!ENTITY e \"expanded-entity\">]>\n";
    RenderException e2 = refused(template("internal-entity", internal, "&e;"));
    assertTrue(e2.getMessage().contains("DOCTYPE"), e2.getMessage());
  }

  @Test
  void documentFunctionLoadsNothing() throws Exception {
    TemplateSource template =
        template("document-fn", "", "[<xsl:value-of select=\"document('file:///etc/passwd')\"/>]");
    try {
      byte[] pdf = RENDERER.render(template, Pdfs.sample("notice"), false);
      String text = Pdfs.text(pdf);
      assertFalse(text.contains("root:"), text);
      assertTrue(text.contains("[]"), text);
    } catch (RenderException refusedOutright) {
      assertTrue(
          refusedOutright.getMessage().contains("cannot load documents"),
          refusedOutright.getMessage());
    }
  }

  @Test
  void onlyFragmentsMayBeIncluded() {
    for (String href : new String[] {"file:///etc/passwd", "http://127.0.0.1:9/x.xsl", "x.xsl"}) {
      TemplateSource template =
          new TemplateSource(
              "include",
              1,
              "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                  + "<xsl:include href='"
                  + href
                  + "'/></xsl:stylesheet>");
      RenderException e = refused(template);
      assertTrue(e.getMessage().contains("does not compile"), e.getMessage());
    }
    RenderException unknown =
        refused(
            new TemplateSource(
                "unknown-fragment",
                1,
                "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                    + "<xsl:include href='fragment:../../fop/fop'/></xsl:stylesheet>"));
    assertTrue(unknown.getMessage().contains("fragment"), unknown.getMessage());
  }

  @Test
  void javaExtensionFunctionsAreRefused() {
    TemplateSource template =
        template(
            "java-ext",
            "",
            "<xsl:value-of select=\"rt:exec(rt:getRuntime(), 'true')\""
                + " xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"/>");
    refused(template);
  }

  @Test
  void redirectExtensionCannotWriteFiles() throws Exception {
    Path target = Files.createTempDirectory("ccm").resolve("out.txt");
    TemplateSource template =
        template(
            "redirect",
            "",
            "<redirect:write file=\""
                + target
                + "\" xmlns:redirect=\"http://xml.apache.org/xalan/redirect\">x</redirect:write>");
    try {
      RENDERER.render(template, Pdfs.sample("notice"), false);
    } catch (RenderException refusedOutright) {
      // either outcome is fine as long as nothing is written
    }
    assertFalse(Files.exists(target), "template wrote " + target);
  }

  @Test
  void resourceResolverServesOnlyTheBuiltInFonts() throws Exception {
    ClasspathResourceResolver resolver = new ClasspathResourceResolver();
    Resource font = resolver.getResource(URI.create("ccm-fop:/fonts/DejaVuSans.ttf"));
    try (InputStream in = font) {
      assertNotNull(in);
      assertTrue(in.readAllBytes().length > 100_000);
    }
    for (String uri :
        new String[] {
          "file:///etc/passwd",
          "http://127.0.0.1:9/x.png",
          "https://example.org/x.png",
          "jar:file:/x.jar!/fop/fonts/DejaVuSans.ttf",
          "ccm-fop:/fop.xconf",
          "ccm-fop:/fonts/../fonts/DejaVuSans.ttf",
          "data:image/png;base64,AAAA"
        }) {
      assertThrows(IOException.class, () -> resolver.getResource(URI.create(uri)), uri);
    }
    assertThrows(
        IOException.class, () -> resolver.getOutputStream(URI.create("file:///tmp/x.pdf")));
  }
}
