package org.ccmportal.portal.it;

import io.minio.MinioClient;
import org.ccmportal.vault.infrastructure.minio.DocumentStorageSettings;

/** Where the test stack's services are (the same environment variables as the portal). */
public final class Stack {
  private Stack() {}

  public static final String PORTAL = "http://localhost:8080";
  public static final String KEYCLOAK_REALM =
      env("CCM_OIDC_PROVIDER_URL", "http://localhost:8180/realms/ccm");
  public static final String DB_URL = env("CCM_DB_URL", "jdbc:postgresql://127.0.0.1:55432/ccm");
  public static final String DB_USER = env("CCM_DB_USER", "ccm");
  public static final String DB_PASSWORD = env("CCM_DB_PASSWORD", "ccm-demo-db-password");
  public static final String PRINT_BUCKET = env("CCM_PRINT_BUCKET", "print");
  public static final int IMAP_PORT = Integer.parseInt(env("CCM_IMAP_PORT", "3143"));

  /** The WAR under test, packaged by Maven before the integration tests run. */
  public static java.io.File war() {
    return new java.io.File(System.getProperty("portal.war", "target/portal-web.war"));
  }

  /**
   * A client for the S3 server the portal uses, with the portal's settings ({@code CCM_S3_*}: the
   * test stack's demo keys unless they say otherwise, as with a bench on Ceph RGW).
   */
  public static MinioClient s3() {
    return DocumentStorageSettings.fromEnvironment().client();
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
