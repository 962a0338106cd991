package org.ccmportal.archive.api;

/** Only regulators and approvers read the archive. */
public class ArchiveAccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ArchiveAccessDeniedException() {
    super("the archive is open to regulators and approvers only");
  }

  public ArchiveAccessDeniedException(String message) {
    super(message);
  }
}
