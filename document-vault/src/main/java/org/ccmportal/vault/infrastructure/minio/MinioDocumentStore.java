package org.ccmportal.vault.infrastructure.minio;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetObjectRetentionArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.SetObjectRetentionArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ccmportal.vault.domain.model.document.DocumentStore;
import org.ccmportal.vault.domain.model.document.StoredObject;

/**
 * The {@code documents} bucket. Objects are content-addressed and carry GOVERNANCE retention until
 * the document's retain-until date, so nobody deletes a customer's copy early by accident.
 */
@ApplicationScoped
public class MinioDocumentStore implements DocumentStore {

  /**
   * How many reads {@link #getAll} keeps in flight: OkHttp's default for requests to one host, so
   * none of them waits in its queue. Each read waits mostly for the server's first byte (about 40
   * ms on the bench's Ceph RGW), which one after the other made up most of a print run.
   */
  static final int READS_IN_FLIGHT = 5;

  private MinioClient client;
  private MinioAsyncClient async;
  private String bucket;

  public MinioDocumentStore() {}

  /** For tests and tools: a store on explicit settings. */
  public MinioDocumentStore(DocumentStorageSettings settings) {
    configure(settings);
  }

  @PostConstruct
  void init() {
    if (client == null) {
      configure(DocumentStorageSettings.fromEnvironment());
    }
  }

  private void configure(DocumentStorageSettings settings) {
    this.bucket = settings.bucket();
    this.client = settings.client();
    this.async = settings.asyncClient();
  }

  /** Creates the bucket (object lock on) when it does not exist yet. */
  public void ensureBucket() {
    try {
      if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
        client.makeBucket(MakeBucketArgs.builder().bucket(bucket).objectLock(true).build());
      }
    } catch (Exception e) {
      throw new IllegalStateException("object storage: cannot create bucket " + bucket, e);
    }
  }

  @Override
  public StoredObject put(byte[] content, String contentType, Instant retainUntil) {
    String sha256 = StoredObject.sha256Of(content);
    String key = StoredObject.keyFor(sha256);
    try {
      ZonedDateTime wanted = retainUntil.atZone(ZoneOffset.UTC);
      if (!exists(key)) {
        client.putObject(
            // one PUT whatever the size: see MinioPrintDrop.put for why not a multipart upload
            PutObjectArgs.builder()
                .bucket(bucket)
                .object(key)
                .data(content, content.length)
                .contentType(contentType)
                .retention(new Retention(RetentionMode.GOVERNANCE, wanted))
                .build());
        // Some S3 servers (S3Mock) ignore retention sent with the upload: set the same date
        // explicitly, without reading it back first (3 requests per new document, not 4).
        setRetention(key, wanted);
        return new StoredObject(key, sha256, content.length);
      }
      // The same content stored before: its retention is only ever extended, never shortened.
      Retention current = retention(key);
      if (current == null
          || current.retainUntilDate() == null
          || current.retainUntilDate().isBefore(wanted)) {
        setRetention(key, wanted);
      }
      return new StoredObject(key, sha256, content.length);
    } catch (Exception e) {
      throw new IllegalStateException("object storage: cannot store document", e);
    }
  }

  private void setRetention(String key, ZonedDateTime until) throws Exception {
    client.setObjectRetention(
        SetObjectRetentionArgs.builder()
            .bucket(bucket)
            .object(key)
            .config(new Retention(RetentionMode.GOVERNANCE, until))
            .build());
  }

  @Override
  public byte[] get(String key) {
    try (InputStream in =
        client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
      return in.readAllBytes();
    } catch (Exception e) {
      throw new IllegalStateException("object storage: cannot read document", e);
    }
  }

  /**
   * Reads up to {@value #READS_IN_FLIGHT} objects at once, in the keys' order, each response body
   * read whole and closed on OkHttp's thread. When one fails, the reads still in flight run to
   * their end (and close their responses) but nothing waits for them.
   */
  @Override
  public List<byte[]> getAll(List<String> keys) {
    List<byte[]> contents = new ArrayList<>(keys.size());
    ArrayDeque<CompletableFuture<byte[]>> inFlight = new ArrayDeque<>();
    int next = 0;
    while (contents.size() < keys.size()) {
      while (next < keys.size() && inFlight.size() < READS_IN_FLIGHT) {
        inFlight.add(read(keys.get(next++)));
      }
      try {
        contents.add(inFlight.removeFirst().join());
      } catch (CompletionException e) {
        throw new IllegalStateException(
            "object storage: cannot read document " + keys.get(contents.size()), e.getCause());
      }
    }
    return contents;
  }

  private CompletableFuture<byte[]> read(String key) {
    try {
      return async
          .getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())
          .thenApply(MinioDocumentStore::readWhole);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static byte[] readWhole(GetObjectResponse response) {
    try (response) {
      return response.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The retention of an object as the server reports it, or null when it has none. */
  public Retention retention(String key) throws Exception {
    try {
      return client.getObjectRetention(
          GetObjectRetentionArgs.builder().bucket(bucket).object(key).build());
    } catch (ErrorResponseException e) {
      return null;
    }
  }

  private boolean exists(String key) throws Exception {
    try {
      client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
      return true;
    } catch (ErrorResponseException e) {
      if ("NoSuchKey".equals(e.errorResponse().code())) {
        return false;
      }
      throw e;
    }
  }

  /** Whether the S3 server answers and the bucket exists. */
  public boolean isReachable() {
    try {
      return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
    } catch (Exception e) {
      return false;
    }
  }

  /** The client, for tests that read retention back from the server. */
  public MinioClient client() {
    return client;
  }

  public String bucket() {
    return bucket;
  }
}
