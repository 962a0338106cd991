package org.ccmportal.archive.infrastructure.minio;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where and how the archive keeps its objects. Read from the environment:
 *
 * <table>
 *   <caption>environment variables</caption>
 *   <tr><th>variable</th><th>default</th></tr>
 *   <tr><td>CCM_S3_ENDPOINT</td><td>{@code http://127.0.0.1:9090}</td></tr>
 *   <tr><td>CCM_S3_ACCESS_KEY</td><td>{@code ccm-demo-access}</td></tr>
 *   <tr><td>CCM_S3_SECRET_KEY</td><td>{@code ccm-demo-secret-change-me} (local demo only)</td></tr>
 *   <tr><td>CCM_S3_REGION</td><td>{@code us-east-1}</td></tr>
 *   <tr><td>CCM_S3_ARCHIVE_BUCKET</td><td>{@code archive}</td></tr>
 *   <tr><td>CCM_ARCHIVE_RETENTION</td><td>{@code P7Y} (ISO-8601 period)</td></tr>
 * </table>
 *
 * @param endpoint S3 endpoint URL
 * @param accessKey S3 access key
 * @param secretKey S3 secret key (never printed)
 * @param region S3 region
 * @param bucket the archive bucket (object lock enabled)
 * @param defaultRetention COMPLIANCE retention counted from when an archived event occurred
 */
public record ArchiveStorageSettings(
    String endpoint,
    String accessKey,
    String secretKey,
    String region,
    String bucket,
    Period defaultRetention) {

  public ArchiveStorageSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(defaultRetention, "defaultRetention");
  }

  /** The settings from the process environment, with the defaults of the local stack. */
  public static ArchiveStorageSettings fromEnvironment() {
    return from(System::getenv);
  }

  /** The settings from {@code env} (variable name to value, null if unset). */
  public static ArchiveStorageSettings from(UnaryOperator<String> env) {
    String retention = value(env, "CCM_ARCHIVE_RETENTION", "P7Y");
    Period period;
    try {
      period = Period.parse(retention);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "CCM_ARCHIVE_RETENTION: expected an ISO-8601 period such as P7Y, got " + retention, e);
    }
    return new ArchiveStorageSettings(
        value(env, "CCM_S3_ENDPOINT", "http://127.0.0.1:9090"),
        value(env, "CCM_S3_ACCESS_KEY", "ccm-demo-access"),
        value(env, "CCM_S3_SECRET_KEY", "ccm-demo-secret-change-me"),
        value(env, "CCM_S3_REGION", "us-east-1"),
        value(env, "CCM_S3_ARCHIVE_BUCKET", "archive"),
        period);
  }

  private static String value(UnaryOperator<String> env, String name, String fallback) {
    String v = env.apply(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  /** Without the secret key, so the settings can be logged. */
  @Override
  public String toString() {
    return "ArchiveStorageSettings[endpoint="
        + endpoint
        + ", accessKey="
        + accessKey
        + ", secretKey=***, region="
        + region
        + ", bucket="
        + bucket
        + ", defaultRetention="
        + defaultRetention
        + "]";
  }
}
