package org.ccmportal.portal.it.delivery;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** What the local SMS sink recorded for a number (the same URL and token as the portal uses). */
final class SmsSinkClient {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private SmsSinkClient() {}

  static List<JsonObject> messagesTo(String number) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        env("CCM_SMS_GATEWAY_URL", "http://127.0.0.1:9393/messages")
                            + "?to="
                            + URLEncoder.encode(number, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + env("CCM_SMS_GATEWAY_TOKEN", "sms-demo-token"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("SMS sink: HTTP " + r.statusCode());
    }
    return Json.createReader(new StringReader(r.body())).readArray().stream()
        .map(v -> v.asJsonObject())
        .toList();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
