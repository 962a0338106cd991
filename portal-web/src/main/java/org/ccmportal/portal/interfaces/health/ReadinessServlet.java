package org.ccmportal.portal.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.ccmportal.portal.interfaces.security.Settings;
import org.ccmportal.vault.infrastructure.minio.MinioDocumentStore;

/**
 * {@code GET /health/ready}: UP (200) when the database, the S3 server and Keycloak answer,
 * otherwise DOWN (503) naming the one that does not. Says nothing else about the system.
 */
@WebServlet("/health/ready")
public class ReadinessServlet extends HttpServlet {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Resource(lookup = "java:jboss/datasources/CcmDS")
  DataSource dataSource;

  @Inject MinioDocumentStore documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Boolean> checks = new LinkedHashMap<>();
    checks.put("database", check(this::database));
    checks.put("objectStorage", check(() -> documents.isReachable()));
    checks.put("keycloak", check(ReadinessServlet::keycloak));
    boolean up = checks.values().stream().allMatch(Boolean::booleanValue);
    StringBuilder json = new StringBuilder("{\"status\":\"").append(up ? "UP" : "DOWN");
    json.append("\",\"checks\":[");
    String sep = "";
    for (var e : checks.entrySet()) {
      json.append(sep)
          .append("{\"name\":\"")
          .append(e.getKey())
          .append("\",\"status\":\"")
          .append(e.getValue() ? "UP" : "DOWN")
          .append("\"}");
      sep = ",";
    }
    json.append("]}");
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(json.toString());
  }

  private boolean database() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    }
  }

  private static boolean keycloak() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(Settings.oidcProviderUrl() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(3))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
  }

  private static boolean check(Callable<Boolean> check) {
    try {
      return check.call();
    } catch (Exception e) {
      return false;
    }
  }
}
