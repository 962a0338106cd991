package org.ccmportal.portal.it;

/** Where the test stack's services are (the same environment variables as the portal). */
public final class Stack {
  private Stack() {}

  public static final String PORTAL = "http://localhost:8080";
  public static final String KEYCLOAK_REALM =
      env("CCM_OIDC_PROVIDER_URL", "http://localhost:8180/realms/ccm");
  public static final String DB_URL = env("CCM_DB_URL", "jdbc:postgresql://127.0.0.1:55432/ccm");
  public static final String DB_USER = env("CCM_DB_USER", "ccm");
  public static final String DB_PASSWORD = env("CCM_DB_PASSWORD", "ccm-demo-db-password");
  public static final String S3_ENDPOINT = env("CCM_S3_ENDPOINT", "http://127.0.0.1:9090");
  public static final int IMAP_PORT = Integer.parseInt(env("CCM_IMAP_PORT", "3143"));

  /** The WAR under test, packaged by Maven before the integration tests run. */
  public static java.io.File war() {
    return new java.io.File(System.getProperty("portal.war", "target/portal-web.war"));
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
