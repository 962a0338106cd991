package org.ccmportal.preferences.domain.model;

import java.util.Optional;

/**
 * Signs and checks the payload of links sent to customers (unsubscribe, email verification). A
 * token whose payload or signature was changed is never accepted.
 */
public interface LinkTokens {

  /** A URL-safe token carrying {@code payload} and its signature. */
  String sign(String payload);

  /** The payload when the signature is valid; empty for anything tampered with or malformed. */
  Optional<String> verify(String token);
}
