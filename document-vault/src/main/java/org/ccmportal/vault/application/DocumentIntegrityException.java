package org.ccmportal.vault.application;

import java.util.UUID;

/** The stored bytes of a document no longer match their recorded SHA-256: never served. */
public class DocumentIntegrityException extends RuntimeException {
  public DocumentIntegrityException(UUID documentId) {
    super("document " + documentId + " failed its integrity check");
  }
}
