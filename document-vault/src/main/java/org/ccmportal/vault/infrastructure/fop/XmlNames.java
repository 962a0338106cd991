package org.ccmportal.vault.infrastructure.fop;

/**
 * XML 1.0 (fifth edition) character and name rules, so that data which XML cannot carry is refused
 * before it reaches a template.
 */
final class XmlNames {

  private XmlNames() {}

  /** A name without a colon, usable as an element name without a namespace. */
  static boolean isNcName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    int first = name.codePointAt(0);
    if (!isNameStart(first)) {
      return false;
    }
    for (int i = Character.charCount(first); i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!isNameStart(c)
          && !(c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7)
          && !(c >= 0x0300 && c <= 0x036F)
          && !(c >= 0x203F && c <= 0x2040)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isNameStart(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || c == '_'
        || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6)
        || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF)
        || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF)
        || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0xEFFFF);
  }

  /** A character allowed in XML 1.0 text (no C0 controls other than tab, LF, CR). */
  static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
