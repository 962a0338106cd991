package org.ccmportal.archive.api;

/** No such regulator request, or not one the caller may see: the same answer. */
public class RequestNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RequestNotFoundException(String id) {
    super("no regulator request " + id);
  }
}
