package org.ccmportal.vault.domain.model.template;

/** A document could not be rendered; the message says why in terms a publisher understands. */
public class RenderException extends RuntimeException {
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }

  public RenderException(String message) {
    super(message);
  }
}
