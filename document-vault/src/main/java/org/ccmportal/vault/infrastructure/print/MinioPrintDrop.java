package org.ccmportal.vault.infrastructure.print;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
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

  public MinioPrintDrop() {}

  /** For tests and tools: a print drop in the given bucket on explicit settings. */
  public MinioPrintDrop(DocumentStorageSettings settings, String bucket) {
    configure(settings, bucket);
  }

  @PostConstruct
  void init() {
    if (client == null) {
      String configured = System.getenv("CCM_PRINT_BUCKET");
      configure(
          DocumentStorageSettings.fromEnvironment(),
          configured == null || configured.isBlank() ? "print" : configured.strip());
    }
  }

  private void configure(DocumentStorageSettings settings, String bucket) {
    this.bucket = bucket;
    this.client = settings.client();
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

  /**
   * One PUT of the whole content, however large the batch. A stream of a known size over 5 MiB
   * would go as a multipart upload, which minio-java 9 creates with a CRC32C checksum but completes
   * without the parts' checksums: S3Mock refuses that with AWS S3's error for it ("The complete
   * request must include the checksum for each part"), so a batch of a few hundred letters was
   * never dropped.
   */
  private void put(String key, byte[] content, String contentType) throws Exception {
    client.putObject(
        PutObjectArgs.builder()
            .bucket(bucket)
            .object(key)
            .data(content, content.length)
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
