package org.ccmportal.archive.api;

/**
 * The request is not in a state that allows this step (decided twice, package not ready), or its
 * package has expired ({@link #expired()}).
 */
public class RequestStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean expired;

  public RequestStateException(String message, boolean expired) {
    super(message);
    this.expired = expired;
  }

  public boolean expired() {
    return expired;
  }
}
