/** MinIO adapter of retention changes and disposition in the documents bucket. */
package org.ccmportal.vault.infrastructure.minio.disposal;
