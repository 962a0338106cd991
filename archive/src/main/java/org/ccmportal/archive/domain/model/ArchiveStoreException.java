package org.ccmportal.archive.domain.model;

/** The WORM store could not do what was asked; the archiving transaction must not commit. */
public class ArchiveStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ArchiveStoreException(String message) {
    super(message);
  }

  public ArchiveStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
