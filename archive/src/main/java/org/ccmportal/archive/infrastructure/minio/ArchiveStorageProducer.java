package org.ccmportal.archive.infrastructure.minio;

import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.ccmportal.archive.domain.model.RetentionPolicy;

/** Makes the archive's storage settings, S3 client and retention policy from the environment. */
@ApplicationScoped
public class ArchiveStorageProducer {

  @Produces
  @Singleton
  ArchiveStorageSettings settings() {
    return ArchiveStorageSettings.fromEnvironment();
  }

  @Produces
  @Singleton
  @ArchiveStorage
  MinioClient client(ArchiveStorageSettings settings) {
    return MinioClient.builder()
        .endpoint(settings.endpoint())
        .region(settings.region())
        .credentials(settings.accessKey(), settings.secretKey())
        .build();
  }

  @Produces
  @Singleton
  RetentionPolicy retentionPolicy(ArchiveStorageSettings settings) {
    return RetentionPolicy.of(settings.defaultRetention(), System.getenv());
  }

  void close(@Disposes @ArchiveStorage MinioClient client) throws Exception {
    client.close();
  }
}
