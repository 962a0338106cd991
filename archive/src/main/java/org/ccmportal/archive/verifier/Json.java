package org.ccmportal.archive.verifier;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader and writer with the JDK alone, so that the offline verifier needs
 * nothing but a Java runtime. Objects read as {@link LinkedHashMap} (duplicate keys refused),
 * arrays as {@link List}, numbers as {@link Long} or {@link BigDecimal}.
 */
public final class Json {

  private Json() {}

  /** Parses a complete JSON text. */
  public static Object parse(String text) {
    Reader r = new Reader(text);
    r.ws();
    Object v = r.value();
    r.ws();
    if (r.pos != text.length()) {
      throw r.error("unexpected text after the value");
    }
    return v;
  }

  /** Writes compact JSON; keys and values in the order given. */
  public static final class Writer {
    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;

    public Writer beginObject() {
      separate();
      out.append('{');
      first.push(true);
      return this;
    }

    public Writer endObject() {
      first.pop();
      out.append('}');
      return this;
    }

    public Writer beginArray() {
      separate();
      out.append('[');
      first.push(true);
      return this;
    }

    public Writer endArray() {
      first.pop();
      out.append(']');
      return this;
    }

    public Writer name(String name) {
      separate();
      string(name);
      out.append(':');
      afterName = true;
      return this;
    }

    public Writer field(String name, Object value) {
      return name(name).value(value);
    }

    /** A string, number, boolean, null, map (string keys) or list, nested as deep as needed. */
    public Writer value(Object v) {
      if (v instanceof Map<?, ?> map) {
        beginObject();
        map.forEach((k, x) -> field(String.valueOf(k), x));
        return endObject();
      }
      if (v instanceof List<?> list) {
        beginArray();
        list.forEach(this::value);
        return endArray();
      }
      separate();
      if (v == null) {
        out.append("null");
      } else if (v instanceof Number || v instanceof Boolean) {
        out.append(v);
      } else {
        string(v.toString());
      }
      return this;
    }

    private void separate() {
      if (afterName) {
        afterName = false;
        return;
      }
      if (!first.isEmpty()) {
        if (!first.peek()) {
          out.append(',');
        }
        first.pop();
        first.push(false);
      }
    }

    private void string(String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  private static final class Reader {
    private final String s;
    private int pos;

    Reader(String s) {
      this.s = s;
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException("invalid JSON at offset " + pos + ": " + message);
    }

    void ws() {
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    Object value() {
      if (pos >= s.length()) {
        throw error("unexpected end");
      }
      char c = s.charAt(pos);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    Object literal(String word, Object v) {
      if (!s.startsWith(word, pos)) {
        throw error("expected " + word);
      }
      pos += word.length();
      return v;
    }

    Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      pos++;
      ws();
      if (peek() == '}') {
        pos++;
        return m;
      }
      while (true) {
        ws();
        if (peek() != '"') {
          throw error("expected a key");
        }
        String key = string();
        ws();
        expect(':');
        ws();
        if (m.containsKey(key)) {
          throw error("duplicate key " + key);
        }
        m.put(key, value());
        ws();
        if (peek() == ',') {
          pos++;
        } else {
          expect('}');
          return m;
        }
      }
    }

    List<Object> array() {
      List<Object> list = new ArrayList<>();
      pos++;
      ws();
      if (peek() == ']') {
        pos++;
        return list;
      }
      while (true) {
        ws();
        list.add(value());
        ws();
        if (peek() == ',') {
          pos++;
        } else {
          expect(']');
          return list;
        }
      }
    }

    String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        if (pos >= s.length()) {
          throw error("unterminated string");
        }
        char c = s.charAt(pos++);
        if (c == '"') {
          return b.toString();
        }
        if (c < 0x20) {
          throw error("control character in string");
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        if (pos >= s.length()) {
          throw error("unterminated escape");
        }
        char e = s.charAt(pos++);
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              throw error("bad unicode escape");
            }
            try {
              b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            } catch (NumberFormatException x) {
              throw error("bad unicode escape");
            }
            pos += 4;
          }
          default -> throw error("bad escape");
        }
      }
    }

    Object number() {
      int start = pos;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      String n = s.substring(start, pos);
      if (n.isEmpty()) {
        throw error("unexpected character");
      }
      try {
        if (n.matches("-?(0|[1-9][0-9]{0,17})")) {
          return Long.parseLong(n);
        }
        return new BigDecimal(n);
      } catch (NumberFormatException e) {
        throw error("bad number " + n);
      }
    }

    char peek() {
      if (pos >= s.length()) {
        throw error("unexpected end");
      }
      return s.charAt(pos);
    }

    void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }
  }
}
