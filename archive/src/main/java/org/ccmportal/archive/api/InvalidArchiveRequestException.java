package org.ccmportal.archive.api;

/** A parameter of an archive request is missing or wrong; names the field. */
public class InvalidArchiveRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidArchiveRequestException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
