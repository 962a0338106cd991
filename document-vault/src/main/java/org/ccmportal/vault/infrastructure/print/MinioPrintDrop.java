package org.ccmportal.vault.infrastructure.print;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.ccmportal.vault.domain.model.delivery.DeliveryException;
import org.ccmportal.vault.domain.model.delivery.PrintDrop;
import org.ccmportal.vault.infrastructure.minio.DocumentStorageSettings;

/**
 * The print drop in object storage: bucket {@code CCM_PRINT_BUCKET} (default {@code print}, created
 * when missing) on the same S3 endpoint and credentials as the documents. Each batch is {@code
 * <folder>documents.pdf} and {@code <folder>manifest.csv}; the manifest is written last, so a
 * folder with a manifest is complete.
 */
@ApplicationScoped
public class MinioPrintDrop implements PrintDrop {

  private MinioClient client;
  private String bucket;
  private volatile boolean bucketChecked;

  @PostConstruct
  void init() {
    DocumentStorageSettings settings = DocumentStorageSettings.fromEnvironment();
    String configured = System.getenv("CCM_PRINT_BUCKET");
    bucket = configured == null || configured.isBlank() ? "print" : configured.strip();
    client =
        MinioClient.builder()
            .endpoint(settings.endpoint())
            .credentials(settings.accessKey(), settings.secretKey())
            .region(settings.region())
            .build();
  }

  @Override
  public List<String> write(String folder, byte[] mergedPdf, byte[] manifestCsv) {
    String pdf = folder + "documents.pdf";
    String manifest = folder + "manifest.csv";
    try {
      ensureBucket();
      put(pdf, mergedPdf, "application/pdf");
      put(manifest, manifestCsv, "text/csv; charset=UTF-8");
      return List.of(pdf, manifest);
    } catch (Exception e) {
      throw new DeliveryException("the print drop could not take the batch", e);
    }
  }

  @Override
  public String bucket() {
    return bucket;
  }

  private void put(String key, byte[] content, String contentType) throws Exception {
    client.putObject(
        PutObjectArgs.builder().bucket(bucket).object(key).stream(
                new ByteArrayInputStream(content), (long) content.length, -1L)
            .contentType(contentType)
            .build());
  }

  private void ensureBucket() throws Exception {
    if (!bucketChecked) {
      if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
        client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
      }
      bucketChecked = true;
    }
  }
}
