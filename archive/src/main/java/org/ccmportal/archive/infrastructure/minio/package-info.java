/**
 * S3 adapter of the archive's WORM store (io.minio client): object-lock bucket, COMPLIANCE
 * retention and legal hold, configured from {@code CCM_S3_*} environment variables.
 */
package org.ccmportal.archive.infrastructure.minio;
