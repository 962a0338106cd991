package org.ccmportal.vault.infrastructure.fop;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ccmportal.vault.domain.model.template.RenderException;

/**
 * Turns a document's JSON data record into the {@code <data>} XML that templates read: an object
 * member becomes an element named by its key, an array becomes repeated {@code <item>} children, a
 * scalar becomes text and null an empty element. A key that is not a valid XML name, or text that
 * XML cannot carry (control characters), is refused with the field named, never silently altered.
 */
public final class JsonXml {

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private JsonXml() {}

  /**
   * Converts one data record.
   *
   * @param data the record
   * @return a complete XML document whose root element is {@code data}
   * @throws RenderException naming the offending key or field
   */
  public static String toXml(JsonObject data) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("data");
      writeMembers(xml, data, "");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new RenderException("data could not be converted to XML: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static void writeMembers(XMLStreamWriter xml, JsonObject object, String path)
      throws XMLStreamException {
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      String key = member.getKey();
      String field = path.isEmpty() ? key : path + "." + key;
      if (!XmlNames.isNcName(key)) {
        throw new RenderException(
            "data key '" + field + "' is not a valid field name (use letters, digits, _ . -)");
      }
      xml.writeStartElement(key);
      writeValue(xml, member.getValue(), field);
      xml.writeEndElement();
    }
  }

  private static void writeValue(XMLStreamWriter xml, JsonValue value, String field)
      throws XMLStreamException {
    switch (value.getValueType()) {
      case OBJECT -> writeMembers(xml, value.asJsonObject(), field);
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          xml.writeStartElement("item");
          writeValue(xml, array.get(i), field + "[" + i + "]");
          xml.writeEndElement();
        }
      }
      case STRING -> xml.writeCharacters(checkedText(((JsonString) value).getString(), field));
      case NUMBER, TRUE, FALSE -> xml.writeCharacters(value.toString());
      case NULL -> {
        // an empty element: templates test it with string(field) = ''
      }
    }
  }

  private static String checkedText(String text, String field) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!XmlNames.isXmlChar(c)) {
        throw new RenderException(
            "data field '"
                + field
                + "' contains a character that a document cannot hold (U+"
                + String.format("%04X", c)
                + ")");
      }
      i += Character.charCount(c);
    }
    return text;
  }
}
