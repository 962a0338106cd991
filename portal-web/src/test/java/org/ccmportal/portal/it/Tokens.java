package org.ccmportal.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Access tokens from the real Keycloak: the billing system's by client credentials, a customer's by
 * the portal client's authorization-code flow with PKCE S256 through the real login form (the
 * portal client has no password grant).
 */
public final class Tokens {
  private static final String PORTAL_CLIENT_SECRET = "ccm-portal-demo-secret-change-me";
  private static final String REDIRECT_URI = Stack.PORTAL + "/login";
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private Tokens() {}

  /** A token of the billing system's service account (role publisher). */
  public static String billing() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                post(
                    Stack.KEYCLOAK_REALM + "/protocol/openid-connect/token",
                    Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "ccm-billing",
                        "client_secret", "ccm-billing-demo-secret-change-me")),
                HttpResponse.BodyHandlers.ofString());
    return accessToken(response);
  }

  /** A token of a user, obtained by logging in through Keycloak's login form. */
  public static String user(String username, String password) throws Exception {
    // Keycloak marks its cookies Secure; browsers send them to http://localhost, Java's
    // CookieManager does not, so the test keeps them itself.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    String verifier = randomUrlSafe(48);
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String state = randomUrlSafe(12);
    String authUrl =
        Stack.KEYCLOAK_REALM
            + "/protocol/openid-connect/auth?"
            + form(
                Map.of(
                    "client_id", "ccm-portal",
                    "redirect_uri", REDIRECT_URI,
                    "response_type", "code",
                    "scope", "openid",
                    "state", state,
                    "code_challenge", challenge,
                    "code_challenge_method", "S256"));
    HttpResponse<String> loginPage =
        http.send(
            HttpRequest.newBuilder(URI.create(authUrl)).build(),
            HttpResponse.BodyHandlers.ofString());
    keep(cookies, loginPage);
    Matcher m = FORM_ACTION.matcher(loginPage.body());
    if (!m.find()) {
      throw new IllegalStateException("no login form (HTTP " + loginPage.statusCode() + ")");
    }
    String action = m.group(1).replace("&amp;", "&");
    HttpResponse<String> afterLogin =
        http.send(
            withCookies(
                post(
                    action, Map.of("username", username, "password", password, "credentialId", "")),
                cookies),
            HttpResponse.BodyHandlers.ofString());
    String location =
        afterLogin
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "login of "
                            + username
                            + " failed: HTTP "
                            + afterLogin.statusCode()
                            + " cookies "
                            + cookies.keySet()));
    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
    if (!location.startsWith(REDIRECT_URI) || !code.find()) {
      throw new IllegalStateException("unexpected redirect after login: " + location);
    }
    HttpResponse<String> token =
        http.send(
            post(
                Stack.KEYCLOAK_REALM + "/protocol/openid-connect/token",
                Map.of(
                    "grant_type",
                    "authorization_code",
                    "code",
                    code.group(1),
                    "redirect_uri",
                    REDIRECT_URI,
                    "client_id",
                    "ccm-portal",
                    "client_secret",
                    PORTAL_CLIENT_SECRET,
                    "code_verifier",
                    verifier)),
            HttpResponse.BodyHandlers.ofString());
    return accessToken(token);
  }

  private static void keep(Map<String, String> cookies, HttpResponse<?> response) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
  }

  private static HttpRequest withCookies(HttpRequest request, Map<String, String> cookies) {
    String header =
        cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    return HttpRequest.newBuilder(request, (n, v) -> true).header("Cookie", header).build();
  }

  static HttpRequest post(String url, Map<String, String> fields) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
        .build();
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String accessToken(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "token request failed: HTTP " + response.statusCode() + " " + response.body());
    }
    JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
    return json.getString("access_token");
  }

  private static String randomUrlSafe(int bytes) {
    byte[] b = new byte[bytes];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
