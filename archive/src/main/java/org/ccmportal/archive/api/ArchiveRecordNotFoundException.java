package org.ccmportal.archive.api;

/** No archive record has this id. */
public class ArchiveRecordNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ArchiveRecordNotFoundException(long id) {
    super("no archive record " + id);
  }
}
