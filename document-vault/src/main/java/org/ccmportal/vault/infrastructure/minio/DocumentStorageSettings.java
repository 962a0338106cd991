package org.ccmportal.vault.infrastructure.minio;

import io.minio.MinioAsyncClient;
import io.minio.MinioClient;

/**
 * Where document bytes are stored. Read from the environment: {@code CCM_S3_ENDPOINT}, {@code
 * CCM_S3_ACCESS_KEY}, {@code CCM_S3_SECRET_KEY}, {@code CCM_S3_REGION}, {@code
 * CCM_S3_DOCUMENTS_BUCKET}; the defaults fit the local stack (demo credentials).
 */
public record DocumentStorageSettings(
    String endpoint, String accessKey, String secretKey, String region, String bucket) {

  public static DocumentStorageSettings fromEnvironment() {
    return new DocumentStorageSettings(
        env("CCM_S3_ENDPOINT", "http://127.0.0.1:9090"),
        env("CCM_S3_ACCESS_KEY", "ccm-demo-access"),
        env("CCM_S3_SECRET_KEY", "ccm-demo-secret-change-me"),
        env("CCM_S3_REGION", "us-east-1"),
        env("CCM_S3_DOCUMENTS_BUCKET", "documents"));
  }

  /** A client of this server with these credentials. */
  public MinioClient client() {
    return MinioClient.builder()
        .endpoint(endpoint)
        .credentials(accessKey, secretKey)
        .region(region)
        .build();
  }

  /** The same as {@link #client()}, for requests that run side by side. */
  public MinioAsyncClient asyncClient() {
    return MinioAsyncClient.builder()
        .endpoint(endpoint)
        .credentials(accessKey, secretKey)
        .region(region)
        .build();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
