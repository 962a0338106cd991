package org.ccmportal.preferences.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import org.ccmportal.preferences.api.SmsGateway;
import org.ccmportal.preferences.api.SmsGatewayException;

/**
 * Posts {@code {"to","text","reference"}} as JSON to the gateway's URL with a bearer token; the
 * idempotency key is the reference, which the gateway accepts once. A 2xx means accepted; anything
 * else, or no answer within the timeouts, is a {@link SmsGatewayException} and the message counts
 * as not sent.
 *
 * <p>Configuration: {@code CCM_SMS_GATEWAY_URL} (default {@value #DEFAULT_URL}), {@code
 * CCM_SMS_GATEWAY_TOKEN} (default {@value #DEMO_TOKEN}, a DEMO secret for the local sink only),
 * {@code CCM_SMS_GATEWAY_TIMEOUT_MS} (default 5000, connect and response each).
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {
  private static final Logger LOG = Logger.getLogger(HttpSmsGateway.class.getName());

  static final String DEFAULT_URL = "http://127.0.0.1:9393/messages";

  /** DEMO ONLY - the local SMS sink's token; never use it with a real gateway. */
  static final String DEMO_TOKEN = "sms-demo-token";

  private final URI url;
  private final String token;
  private final Duration timeout;
  private final HttpClient http;

  public HttpSmsGateway() {
    this(System.getenv());
  }

  HttpSmsGateway(Map<String, String> env) {
    this.url = URI.create(setting(env, "CCM_SMS_GATEWAY_URL", DEFAULT_URL));
    this.token = setting(env, "CCM_SMS_GATEWAY_TOKEN", DEMO_TOKEN);
    this.timeout = Duration.ofMillis(timeoutMillis(env.get("CCM_SMS_GATEWAY_TIMEOUT_MS")));
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** For tests and tools: a gateway at {@code url} with {@code token}. */
  public static HttpSmsGateway at(String url, String token) {
    return new HttpSmsGateway(Map.of("CCM_SMS_GATEWAY_URL", url, "CCM_SMS_GATEWAY_TOKEN", token));
  }

  @Override
  public void send(String to, String text, String idempotencyKey) {
    if (to == null || text == null || idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("to, text and idempotencyKey are required");
    }
    String body =
        "{\"to\":"
            + json(to)
            + ",\"text\":"
            + json(text)
            + ",\"reference\":"
            + json(idempotencyKey)
            + "}";
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<Void> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new SmsGatewayException("the SMS gateway could not be reached", 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SmsGatewayException("interrupted while sending an SMS", 0, e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new SmsGatewayException(
          "the SMS gateway refused the message: HTTP " + status, status, null);
    }
    LOG.fine(() -> "SMS handed to the gateway: HTTP " + status);
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String setting(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  static long timeoutMillis(String value) {
    try {
      long ms = value == null || value.isBlank() ? 5000 : Long.parseLong(value.strip());
      return ms > 0 ? ms : 5000;
    } catch (NumberFormatException e) {
      return 5000;
    }
  }
}
