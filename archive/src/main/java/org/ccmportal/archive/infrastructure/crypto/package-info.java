/** jasypt adapter: secrets at rest encrypted with AES-256 PBE under {@code CCM_MASTER_KEY}. */
package org.ccmportal.archive.infrastructure.crypto;
