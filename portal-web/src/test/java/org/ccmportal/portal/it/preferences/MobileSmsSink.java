package org.ccmportal.portal.it.preferences;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the local SMS sink recorded (the same URL and token as the portal uses). */
final class MobileSmsSink {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

  private MobileSmsSink() {}

  static String url() {
    String v = System.getenv("CCM_SMS_GATEWAY_URL");
    return v == null || v.isBlank() ? "http://127.0.0.1:9393/messages" : v;
  }

  static String token() {
    String v = System.getenv("CCM_SMS_GATEWAY_TOKEN");
    return v == null || v.isBlank() ? "sms-demo-token" : v;
  }

  /** The texts sent to {@code number}, oldest first. */
  static List<String> texts(String number) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(url() + "?to=" + URLEncoder.encode(number, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("SMS sink: HTTP " + r.statusCode());
    }
    JsonArray messages = Json.createReader(new StringReader(r.body())).readArray();
    return messages.stream().map(v -> v.asJsonObject().getString("text")).toList();
  }

  /** The code in the latest text sent to {@code number}. */
  static String latestCode(String number) throws Exception {
    List<String> texts = texts(number);
    if (texts.isEmpty()) {
      throw new AssertionError("no SMS was sent to the number");
    }
    Matcher m = CODE.matcher(texts.get(texts.size() - 1));
    if (!m.find()) {
      throw new AssertionError("no code in the SMS");
    }
    return m.group(1);
  }
}
