package org.ccmportal.archive.infrastructure.minio;

import io.minio.BucketExistsArgs;
import io.minio.DisableObjectLegalHoldArgs;
import io.minio.EnableObjectLegalHoldArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectLockConfigurationArgs;
import io.minio.GetObjectResponse;
import io.minio.GetObjectRetentionArgs;
import io.minio.IsObjectLegalHoldEnabledArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.SetObjectRetentionArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ccmportal.archive.domain.model.ArchiveObjectStore;
import org.ccmportal.archive.domain.model.ArchiveStoreException;
import org.ccmportal.archive.domain.model.ObjectKey;
import org.ccmportal.archive.domain.model.Sha256;

/**
 * The archive bucket on an S3 server with object lock (MinIO in production). Every object is
 * written once under COMPLIANCE retention with legal hold explicitly off; there is no delete.
 * Retain-until dates are rounded up to the whole second, so the store never keeps less than asked.
 */
@ApplicationScoped
public class MinioArchiveStore implements ArchiveObjectStore {

  private static final Logger LOG = Logger.getLogger(MinioArchiveStore.class.getName());

  /**
   * What servers answer when an object has no retention or legal-hold setting: AWS and MinIO {@code
   * NoSuchObjectLockConfiguration}, Ceph RGW {@code ObjectLockConfigurationNotFoundError}, S3Mock
   * {@code NotFound}.
   */
  private static final Set<String> NO_LOCK_SETTING =
      Set.of("NoSuchObjectLockConfiguration", "ObjectLockConfigurationNotFoundError", "NotFound");

  private static final Set<String> NOT_FOUND =
      Stream.concat(
              Stream.of("NoSuchKey", "NoSuchObject", "NoSuchVersion"), NO_LOCK_SETTING.stream())
          .collect(Collectors.toUnmodifiableSet());

  private MinioClient client;
  private String bucket;
  private volatile boolean bucketReady;

  /** For the CDI proxy only. */
  protected MinioArchiveStore() {}

  @Inject
  public MinioArchiveStore(@ArchiveStorage MinioClient client, ArchiveStorageSettings settings) {
    this(client, settings.bucket());
  }

  public MinioArchiveStore(MinioClient client, String bucket) {
    this.client = Objects.requireNonNull(client, "client");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
  }

  /**
   * Creates the bucket with object lock if it is missing; refuses a bucket that exists without
   * object lock, since nothing written there could be made immutable.
   */
  public void ensureBucket() {
    try {
      if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
        client.makeBucket(MakeBucketArgs.builder().bucket(bucket).objectLock(true).build());
        LOG.info(() -> "archive: created bucket " + bucket + " with object lock");
      } else {
        // Throws ObjectLockConfigurationNotFoundError where the bucket has no object lock.
        client.getObjectLockConfiguration(
            GetObjectLockConfigurationArgs.builder().bucket(bucket).build());
      }
      bucketReady = true;
    } catch (MinioException e) {
      throw new ArchiveStoreException("bucket " + bucket + " with object lock unavailable", e);
    }
  }

  @Override
  public String put(String key, byte[] content, String contentType, Instant retainUntil) {
    ObjectKey objectKey = new ObjectKey(key);
    if (!objectKey.contentSha256().equals(Sha256.of(content))) {
      throw new IllegalArgumentException("the key does not address this content: " + key);
    }
    if (!bucketReady) {
      ensureBucket();
    }
    ZonedDateTime until = ceilToSecond(retainUntil);
    try {
      if (exists(key)) {
        applyRetention(key, until); // same content archived again: keep it long enough
        return key;
      }
      client.putObject(
          PutObjectArgs.builder()
              .bucket(bucket)
              .object(key)
              .data(content, content.length)
              .contentType(contentType)
              .retention(new Retention(RetentionMode.COMPLIANCE, until))
              .build());
      // Servers that ignore the object-lock headers of PUT (S3Mock) get the same retention set
      // explicitly; where the PUT already set it (MinIO), the same date again is allowed. A new
      // object has no legal hold, so none is written: three requests per record, not five.
      setRetention(key, until);
      return key;
    } catch (MinioException e) {
      throw new ArchiveStoreException("could not store archive object " + key, e);
    }
  }

  @Override
  public byte[] get(String key) {
    new ObjectKey(key);
    try (GetObjectResponse in =
        client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
      return in.readAllBytes();
    } catch (MinioException | IOException e) {
      throw new ArchiveStoreException("could not read archive object " + key, e);
    }
  }

  @Override
  public void setLegalHold(String key, boolean on) {
    new ObjectKey(key);
    try {
      if (on) {
        client.enableObjectLegalHold(
            EnableObjectLegalHoldArgs.builder().bucket(bucket).object(key).build());
      } else {
        client.disableObjectLegalHold(
            DisableObjectLegalHoldArgs.builder().bucket(bucket).object(key).build());
      }
    } catch (MinioException e) {
      throw new ArchiveStoreException("could not set the legal hold of " + key, e);
    }
  }

  /** The object-lock retention the server holds for the object, or null if it has none. */
  public Retention retention(String key) {
    new ObjectKey(key);
    try {
      return client.getObjectRetention(
          GetObjectRetentionArgs.builder().bucket(bucket).object(key).build());
    } catch (MinioException e) {
      if (isNotFound(e)) {
        return null;
      }
      throw new ArchiveStoreException("could not read the retention of " + key, e);
    }
  }

  /** Whether the server holds a legal hold on the object. */
  @Override
  public boolean legalHold(String key) {
    new ObjectKey(key);
    try {
      return client.isObjectLegalHoldEnabled(
          IsObjectLegalHoldEnabledArgs.builder().bucket(bucket).object(key).build());
    } catch (MinioException e) {
      if (hasNoLockSetting(e)) {
        return false; // never held: the server keeps no legal-hold setting for the object
      }
      throw new ArchiveStoreException("could not read the legal hold of " + key, e);
    }
  }

  private boolean exists(String key) throws MinioException {
    try {
      client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
      return true;
    } catch (MinioException e) {
      if (isNotFound(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Sets COMPLIANCE retention until {@code until} unless the server already holds that or later:
   * retention only ever grows (same content archived later must be kept longer).
   */
  private void applyRetention(String key, ZonedDateTime until) throws MinioException {
    Retention current = retention(key);
    if (current != null
        && current.mode() == RetentionMode.COMPLIANCE
        && current.retainUntilDate() != null
        && !current.retainUntilDate().isBefore(until)) {
      return;
    }
    setRetention(key, until);
  }

  private void setRetention(String key, ZonedDateTime until) throws MinioException {
    client.setObjectRetention(
        SetObjectRetentionArgs.builder()
            .bucket(bucket)
            .object(key)
            .config(new Retention(RetentionMode.COMPLIANCE, until))
            .build());
  }

  private static ZonedDateTime ceilToSecond(Instant instant) {
    Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
    Instant ceiled = seconds.equals(instant) ? seconds : seconds.plusSeconds(1);
    return ceiled.atZone(ZoneOffset.UTC);
  }

  /** The server keeps no object-lock setting for an existing object (S3Mock says NotFound). */
  private static boolean hasNoLockSetting(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ErrorResponseException ere && ere.errorResponse() != null) {
        return NO_LOCK_SETTING.contains(ere.errorResponse().code());
      }
    }
    return false;
  }

  /** 404 from the server: no such object, or (for retention) no object-lock setting on it. */
  private static boolean isNotFound(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ErrorResponseException ere) {
        String code = ere.errorResponse() == null ? null : ere.errorResponse().code();
        return (code != null && NOT_FOUND.contains(code))
            || (ere.response() != null && ere.response().code() == 404);
      }
    }
    return false;
  }
}
