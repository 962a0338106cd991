package org.ccmportal.preferences.infrastructure.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one secret of the preference center, from the environment variable {@code CCM_MASTER_KEY}.
 * Every key it uses is derived from it with HMAC-SHA256 and a purpose label, so that a key of one
 * purpose (lookup hashes, link signatures) says nothing about another or about the master key.
 *
 * <p>Without {@code CCM_MASTER_KEY} the {@link #DEMO_KEY} is used, and only when {@code
 * CCM_DEMO_DATA=true} (the local stack); anywhere else the first use fails loudly.
 */
public final class MasterKey {
  private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());

  /** DEMO ONLY - LOCAL STACK: never use in any shared or production environment. */
  static final String DEMO_KEY = "ccm-DEMO-ONLY-local-stack-master-key-change-me";

  private static volatile MasterKey instance;

  /** Whether the demo-key warning was logged: once per JVM, however often the key is resolved. */
  private static final AtomicBoolean DEMO_WARNED = new AtomicBoolean();

  private final String password;

  MasterKey(String password) {
    if (password == null || password.length() < 16) {
      throw new IllegalStateException("CCM_MASTER_KEY must be at least 16 characters");
    }
    this.password = password;
  }

  /** The key of this server, read once from the environment. */
  public static MasterKey fromEnvironment() {
    MasterKey key = instance;
    if (key == null) {
      synchronized (MasterKey.class) {
        if (instance == null) {
          instance = from(System.getenv());
        }
        key = instance;
      }
    }
    return key;
  }

  /**
   * The key an environment gives: {@code CCM_MASTER_KEY} (at least 16 characters), or the demo key
   * only when {@code CCM_DEMO_DATA=true}. Falling back to the demo key is logged once per JVM, not
   * on every call.
   *
   * @throws IllegalStateException naming the variable (never its value) when there is no usable key
   */
  static MasterKey from(Map<String, String> env) {
    return new MasterKey(resolve(env));
  }

  static String resolve(Map<String, String> env) {
    String configured = env.get("CCM_MASTER_KEY");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    if (Boolean.parseBoolean(env.getOrDefault("CCM_DEMO_DATA", "false"))) {
      if (DEMO_WARNED.compareAndSet(false, true)) {
        LOG.warning("CCM_MASTER_KEY is not set: using the DEMO key (local stack only)");
      }
      return DEMO_KEY;
    }
    throw new IllegalStateException(
        "CCM_MASTER_KEY is not set: personal data cannot be encrypted without it (set it;"
            + " only the local demo stack, CCM_DEMO_DATA=true, may run without it)");
  }

  /** For tests and tools: a key from a given password. */
  public static MasterKey of(String password) {
    return new MasterKey(password);
  }

  /** The PBE password for jasypt field encryption. */
  String pbePassword() {
    return password;
  }

  /** A 256-bit key for one purpose, e.g. {@code "preferences/lookup-hash/v1"}. */
  public byte[] derive(String label) {
    return hmac(password.getBytes(StandardCharsets.UTF_8), label);
  }

  static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
