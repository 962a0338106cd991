package org.ccmportal.preferences.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.ccmportal.preferences.domain.model.LinkTokens;

/**
 * Signs the payload of a link (unsubscribe, email verification) with HMAC-SHA256 under a key
 * derived from the master key. A token is {@code base64url(payload) "." base64url(mac)}; any change
 * to either part makes {@link #verify} return empty.
 */
@ApplicationScoped
public class TokenSigner implements LinkTokens {
  static final String LABEL = "ccm/preferences/link-token/v1";
  private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DEC = Base64.getUrlDecoder();

  private final byte[] key;

  public TokenSigner() {
    this(MasterKey.fromEnvironment());
  }

  TokenSigner(MasterKey masterKey) {
    this.key = masterKey.derive(LABEL);
  }

  /** For tests: a signer with a given key. */
  public static TokenSigner with(MasterKey key) {
    return new TokenSigner(key);
  }

  @Override
  public String sign(String payload) {
    String body = ENC.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return body + "." + ENC.encodeToString(MasterKey.hmac(key, body));
  }

  @Override
  public Optional<String> verify(String token) {
    if (token == null || token.length() > 2048) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      return Optional.empty();
    }
    String body = token.substring(0, dot);
    try {
      byte[] mac = DEC.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(mac, MasterKey.hmac(key, body))) {
        return Optional.empty();
      }
      return Optional.of(new String(DEC.decode(body), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
