/** Document bytes in S3-compatible object storage (MinIO in production) through minio-java. */
package org.ccmportal.vault.infrastructure.minio;
