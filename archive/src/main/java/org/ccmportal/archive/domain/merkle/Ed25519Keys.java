package org.ccmportal.archive.domain.merkle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys of the archive with the JDK alone: PKCS#8 private keys, X.509 SubjectPublicKeyInfo
 * public keys (also as PEM), the key id (lower-case hex SHA-256 of the SPKI DER bytes), signing and
 * verification.
 */
public final class Ed25519Keys {

  private static final String ALGORITHM = "Ed25519";

  private Ed25519Keys() {}

  /** A fresh key pair from the platform's strong random source. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 17 platform", e);
    }
  }

  /**
   * The key pair of a PKCS#8 Ed25519 private key. The public key is derived from the private key's
   * 32-byte seed, as RFC 8032 5.1.5 defines it (the JDK's generator fed with that seed).
   */
  public static KeyPair fromPkcs8(byte[] pkcs8) {
    try {
      PrivateKey privateKey =
          KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      byte[] seed =
          ((EdECPrivateKey) privateKey)
              .getBytes()
              .orElseThrow(() -> new IllegalArgumentException("the private key has no seed"));
      KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
      generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
      KeyPair pair = generator.generateKeyPair();
      byte[] probe = "ccm-archive key check".getBytes(StandardCharsets.US_ASCII);
      if (!verify(pair.getPublic(), probe, sign(privateKey, probe))) {
        throw new IllegalArgumentException("the public key could not be derived");
      }
      return new KeyPair(pair.getPublic(), privateKey);
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("not a PKCS#8 Ed25519 private key", e);
    }
  }

  /** The public key of X.509 SubjectPublicKeyInfo DER bytes. */
  public static PublicKey publicKey(byte[] spki) {
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an X.509 Ed25519 public key", e);
    }
  }

  /** The public key of a PEM "PUBLIC KEY" block. */
  public static PublicKey fromPem(String pem) {
    String body =
        pem.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    try {
      return publicKey(Base64.getDecoder().decode(body));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a PEM Ed25519 public key", e);
    }
  }

  /** The public key as a PEM "PUBLIC KEY" block (base64 lines of 64 characters). */
  public static String toPem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** Lower-case hex SHA-256 of the public key's SPKI DER bytes. */
  public static String keyId(PublicKey key) {
    return HexFormat.of().formatHex(MerkleHash.sha256(key.getEncoded()));
  }

  /** The 64-byte Ed25519 signature of the message. */
  public static byte[] sign(PrivateKey key, byte[] message) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(key);
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /** Whether the signature is the key's signature of the message. */
  public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(key);
      s.update(message);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** Hands the generator the given seed instead of random bytes. */
  private static final class FixedSeed extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    FixedSeed(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("unexpected request for " + bytes.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }
}
