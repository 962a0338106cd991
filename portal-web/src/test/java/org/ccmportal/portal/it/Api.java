package org.ccmportal.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Calls to the portal's API as a given bearer token (or none). */
public final class Api {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Api() {}

  public static HttpResponse<String> get(String path, String token) throws Exception {
    return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<byte[]> getBytes(String path, String token) throws Exception {
    return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public static HttpResponse<String> post(String path, String token, String json) throws Exception {
    return HTTP.send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<String> put(String path, String token, String json) throws Exception {
    return HTTP.send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** A statement for a customer, with a unique reference and title; returns the request body. */
  public static String statement(String customerId, String reference, String title) {
    return """
        {"customerId":"%s","documentType":"STATEMENT","externalReference":"%s","title":"%s",
         "data":{"customerName":"Test Customer","addressLines":["1 Test Street","Testville"],
                 "accountNumber":"GB00 TEST 0000 0000","periodStart":"2026-10-01",
                 "periodEnd":"2026-10-31","currency":"GBP","openingBalance":100.00,
                 "closingBalance":80.50,
                 "transactions":[{"date":"2026-10-02","description":"Coffee","amount":-19.50}]}}
        """
        .formatted(customerId, reference, title);
  }

  /** The number of the template's version in force (APPROVED), as the template list gives it. */
  public static int approvedVersion(String token, String templateId) throws Exception {
    for (jakarta.json.JsonValue v :
        Json.createReader(new StringReader(get("/api/v1/templates", token).body())).readArray()) {
      JsonObject t = v.asJsonObject();
      if (t.getString("templateId").equals(templateId)) {
        return t.getInt("approvedVersion");
      }
    }
    throw new AssertionError("no template " + templateId);
  }

  public static String uniqueReference(String prefix) {
    return prefix + ":" + UUID.randomUUID();
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
