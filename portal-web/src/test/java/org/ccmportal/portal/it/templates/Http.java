package org.ccmportal.portal.it.templates;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ccmportal.portal.it.Stack;

/** Calls the shared {@code Api} helper has no method for: DELETE, and sending without waiting. */
final class Http {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Http() {}

  static HttpResponse<String> delete(String path, String token) throws Exception {
    return HTTP.send(request(path, token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST sent now whose response arrives later. */
  static java.util.concurrent.CompletableFuture<HttpResponse<String>> postAsync(
      String path, String token, String json) {
    return HTTP.sendAsync(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Stack.PORTAL + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }
}
