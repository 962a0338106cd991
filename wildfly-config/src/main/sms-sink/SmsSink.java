import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A local SMS gateway for the demo stack and the tests (JDK only, loopback only): it records what it
 * is asked to send instead of sending it.
 *
 * <pre>
 * java SmsSink.java &lt;port&gt; &lt;token&gt;
 *
 * POST   /messages          {"to":"+447700900123","text":"...","reference":"..."}
 *                           Authorization: Bearer &lt;token&gt;
 *                           202 recorded; 200 the same reference again (recorded once);
 *                           409 the same reference with a different body; 401 no or wrong token;
 *                           400 not a JSON object with string fields to, text, reference;
 *                           422 a number under +999 (unassigned): refused like a real gateway
 *                           refuses an unknown number, so failures can be tried end to end
 * GET    /messages?to=...   the recorded messages (all, or to one number), oldest first
 * DELETE /messages          forgets everything
 * </pre>
 *
 * The GET and DELETE need the token too. Nothing is written to disk.
 */
public final class SmsSink {

  private record Sms(String to, String text, String reference, Instant receivedAt) {}

  private final List<Sms> messages = new ArrayList<>();
  private final Map<String, Sms> byReference = new LinkedHashMap<>();
  private final byte[] token;

  private SmsSink(String token) {
    this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java SmsSink.java <port> <token>");
      System.exit(2);
    }
    SmsSink sink = new SmsSink(args[1]);
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 50);
    server.createContext("/messages", sink::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    System.out.println("SMS sink listening on 127.0.0.1:" + args[0]);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"/messages".equals(exchange.getRequestURI().getPath())) {
        reply(exchange, 404, error("no such resource"));
        return;
      }
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (auth == null
          || !MessageDigest.isEqual(token, auth.getBytes(StandardCharsets.UTF_8))) {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
        reply(exchange, 401, error("a valid bearer token is required"));
        return;
      }
      switch (exchange.getRequestMethod()) {
        case "POST" -> post(exchange);
        case "GET" -> list(exchange);
        case "DELETE" -> {
          synchronized (this) {
            messages.clear();
            byReference.clear();
          }
          reply(exchange, 204, null);
        }
        default -> reply(exchange, 405, error("use GET, POST or DELETE"));
      }
    }
  }

  private void post(HttpExchange exchange) throws IOException {
    Map<String, String> body;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(64 * 1024 + 1);
      if (bytes.length > 64 * 1024) {
        reply(exchange, 413, error("the body is larger than 64 KiB"));
        return;
      }
      body = new FlatJson(new String(bytes, StandardCharsets.UTF_8)).object();
    } catch (IllegalArgumentException e) {
      reply(exchange, 400, error("bad JSON: " + e.getMessage()));
      return;
    }
    for (String field : List.of("to", "text", "reference")) {
      String value = body.get(field);
      if (value == null || value.isBlank()) {
        reply(exchange, 400, error(field + " is required (a non-empty string)"));
        return;
      }
    }
    if (body.get("to").startsWith("+999")) {
      reply(exchange, 422, error("to is not a reachable mobile number"));
      return;
    }
    Sms sms = new Sms(body.get("to"), body.get("text"), body.get("reference"), Instant.now());
    int status;
    synchronized (this) {
      Sms earlier = byReference.get(sms.reference());
      if (earlier == null) {
        byReference.put(sms.reference(), sms);
        messages.add(sms);
        status = 202;
      } else if (earlier.to().equals(sms.to()) && earlier.text().equals(sms.text())) {
        status = 200;
      } else {
        status = 409;
      }
    }
    System.out.println(
        "SMS " + (status == 202 ? "recorded" : "repeated (" + status + ")") + " " + sms.reference());
    reply(
        exchange,
        status,
        status == 409
            ? error("reference was already used for another message")
            : "{\"reference\":" + quote(sms.reference()) + ",\"status\":\"accepted\"}");
  }

  private void list(HttpExchange exchange) throws IOException {
    String to = null;
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("to=")) {
          to = URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8);
        }
      }
    }
    StringBuilder json = new StringBuilder("[");
    synchronized (this) {
      for (Sms sms : messages) {
        if (to != null && !to.equals(sms.to())) {
          continue;
        }
        if (json.length() > 1) {
          json.append(',');
        }
        json.append("{\"to\":")
            .append(quote(sms.to()))
            .append(",\"text\":")
            .append(quote(sms.text()))
            .append(",\"reference\":")
            .append(quote(sms.reference()))
            .append(",\"receivedAt\":")
            .append(quote(sms.receivedAt().toString()))
            .append('}');
      }
    }
    reply(exchange, 200, json.append(']').toString());
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    if (json == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String error(String message) {
    return "{\"message\":" + quote(message) + "}";
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A JSON object whose values are strings, numbers, booleans or null (kept as text). */
  static final class FlatJson {
    private final String s;
    private int i;

    FlatJson(String s) {
      this.s = s;
    }

    Map<String, String> object() {
      Map<String, String> fields = new LinkedHashMap<>();
      skip();
      expect('{');
      skip();
      if (peek() == '}') {
        i++;
      } else {
        while (true) {
          skip();
          String key = string();
          skip();
          expect(':');
          skip();
          fields.put(key, peek() == '"' ? string() : scalar());
          skip();
          if (peek() == ',') {
            i++;
            continue;
          }
          expect('}');
          break;
        }
      }
      skip();
      if (i != s.length()) {
        throw new IllegalArgumentException("unexpected text after the object at " + i);
      }
      return fields;
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return b.toString();
        }
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw new IllegalArgumentException("bad \\u escape at " + i);
            }
            try {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            } catch (NumberFormatException ex) {
              throw new IllegalArgumentException("bad \\u escape at " + i);
            }
            i += 4;
          }
          default -> throw new IllegalArgumentException("bad escape at " + i);
        }
      }
    }

    private String scalar() {
      int start = i;
      while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String token = s.substring(start, i);
      if (!token.matches("null|true|false|-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
        throw new IllegalArgumentException("a string, number, boolean or null expected at " + start);
      }
      return "null".equals(token) ? null : token;
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private char peek() {
      if (i >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(i);
    }

    private char next() {
      char c = peek();
      i++;
      return c;
    }

    private void expect(char c) {
      if (next() != c) {
        throw new IllegalArgumentException("'" + c + "' expected at " + (i - 1));
      }
    }
  }
}
