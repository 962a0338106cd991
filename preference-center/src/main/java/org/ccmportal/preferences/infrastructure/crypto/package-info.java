/**
 * Secrets of the preference center, all derived from {@code CCM_MASTER_KEY}: field encryption at
 * rest (jasypt), keyed lookup hashes and signed links.
 */
package org.ccmportal.preferences.infrastructure.crypto;
