package org.ccmportal.preferences.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.ccmportal.preferences.api.SmsGatewayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against a real local HTTP server that records what it gets. */
class HttpSmsGatewayTest {

  private HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> auths = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(202);
  private String url;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/messages",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          auths.add(exchange.getRequestHeaders().getFirst("Authorization"));
          exchange.sendResponseHeaders(status.get(), -1);
          exchange.close();
        });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/messages";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void postsJsonWithTheBearerTokenAndTheReference() {
    HttpSmsGateway.at(url, "t0ken").send("+447700900123", "Code \"1\"\n<b>", "ref-1");
    assertEquals(List.of("Bearer t0ken"), auths);
    assertEquals(
        "{\"to\":\"+447700900123\",\"text\":\"Code \\\"1\\\"\\n\\u003cb\\u003e\","
            + "\"reference\":\"ref-1\"}",
        bodies.get(0));
  }

  @Test
  void aRefusalIsAClearException() {
    status.set(401);
    SmsGatewayException e =
        assertThrows(
            SmsGatewayException.class,
            () -> HttpSmsGateway.at(url, "wrong").send("+447700900123", "x", "ref-2"));
    assertEquals(401, e.status());
    assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    status.set(200);
    HttpSmsGateway.at(url, "t").send("+447700900123", "x", "ref-2");
  }

  @Test
  void anUnreachableGatewayIsAClearException() {
    server.stop(0);
    SmsGatewayException e =
        assertThrows(
            SmsGatewayException.class,
            () -> HttpSmsGateway.at(url, "t").send("+447700900123", "x", "ref-3"));
    assertEquals(0, e.status());
  }

  @Test
  void settingsHaveSafeDefaults() {
    assertEquals(5000, HttpSmsGateway.timeoutMillis(null));
    assertEquals(5000, HttpSmsGateway.timeoutMillis("-1"));
    assertEquals(5000, HttpSmsGateway.timeoutMillis("soon"));
    assertEquals(250, HttpSmsGateway.timeoutMillis("250"));
  }
}
