package org.ccmportal.vault.infrastructure.fop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ccmportal.vault.domain.model.template.RenderException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Data reaches a template exactly as given, or is refused with the field named. */
class JsonXmlTest {

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newDefaultInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void objectsArraysScalarsAndNullsBecomeElements() throws Exception {
    String xml =
        JsonXml.toXml(
            Json.createObjectBuilder()
                .add("name", "Ann")
                .add("lines", Json.createArrayBuilder().add("a").add("b"))
                .add("amount", 12.50)
                .add("ok", true)
                .add("missing", JsonValue.NULL)
                .add("nested", Json.createObjectBuilder().add("x", 1))
                .build());
    assertTrue(
        xml.endsWith(
            "<data><name>Ann</name><lines><item>a</item><item>b</item></lines>"
                + "<amount>12.5</amount><ok>true</ok><missing></missing>"
                + "<nested><x>1</x></nested></data>"),
        xml);
  }

  @Test
  void markupRtlAndEmojiSurviveAsText() throws Exception {
    String value = "<b>&\"' אבי محمد 😀 ]]>";
    String xml = JsonXml.toXml(Json.createObjectBuilder().add("customerName", value).build());
    assertTrue(xml.contains("&lt;b&gt;&amp;"), xml);
    assertEquals(value, parse(xml).getDocumentElement().getTextContent());
  }

  @Test
  void invalidKeyIsRefusedByName() {
    for (String key : new String[] {"1st", "a b", "x:y", "", "<x>"}) {
      RenderException e =
          assertThrows(
              RenderException.class,
              () ->
                  JsonXml.toXml(
                      Json.createObjectBuilder()
                          .add(
                              "list",
                              Json.createArrayBuilder().add(Json.createObjectBuilder().add(key, 1)))
                          .build()));
      assertTrue(e.getMessage().contains("'list[0]." + key + "'"), e.getMessage());
    }
  }

  @Test
  void controlCharactersAreRefusedByField() {
    RenderException e =
        assertThrows(
            RenderException.class,
            () -> JsonXml.toXml(Json.createObjectBuilder().add("title", "a\u0001b").build()));
    assertTrue(e.getMessage().contains("'title'") && e.getMessage().contains("U+0001"));
  }
}
