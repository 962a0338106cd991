package org.ccmportal.vault.infrastructure.minio.disposal;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.SetObjectRetentionArgs;
import io.minio.messages.Item;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ccmportal.vault.domain.model.retention.RetainedObjects;
import org.ccmportal.vault.infrastructure.minio.MinioDocumentStore;

/**
 * Changes and ends GOVERNANCE retention in the documents bucket, through the same client as {@link
 * MinioDocumentStore}. Removal deletes every version of the key with governance bypass, so no copy
 * of a disposed document is left in a versioned bucket.
 */
@ApplicationScoped
public class MinioRetainedObjects implements RetainedObjects {

  @Inject MinioDocumentStore store;

  @Override
  public void retainUntil(String objectKey, Instant retainUntil) {
    try {
      client()
          .setObjectRetention(
              SetObjectRetentionArgs.builder()
                  .bucket(store.bucket())
                  .object(objectKey)
                  .config(
                      new Retention(RetentionMode.GOVERNANCE, retainUntil.atZone(ZoneOffset.UTC)))
                  .bypassGovernanceMode(true)
                  .build());
    } catch (Exception e) {
      throw new IllegalStateException("object storage: cannot set retention", e);
    }
  }

  @Override
  public void remove(String objectKey) {
    try {
      List<String> versions = new ArrayList<>();
      for (Result<Item> result :
          client()
              .listObjects(
                  ListObjectsArgs.builder()
                      .bucket(store.bucket())
                      .prefix(objectKey)
                      .includeVersions(true)
                      .recursive(true)
                      .build())) {
        Item item = result.get();
        if (objectKey.equals(item.objectName())) {
          versions.add(item.versionId());
        }
      }
      if (versions.isEmpty()) {
        versions.add(null);
      }
      for (String versionId : versions) {
        RemoveObjectArgs.Builder args =
            RemoveObjectArgs.builder()
                .bucket(store.bucket())
                .object(objectKey)
                .bypassGovernanceMode(true);
        if (versionId != null && !"null".equals(versionId)) {
          args.versionId(versionId);
        }
        client().removeObject(args.build());
      }
    } catch (Exception e) {
      throw new IllegalStateException("object storage: cannot remove document", e);
    }
  }

  private MinioClient client() {
    return store.client();
  }
}
