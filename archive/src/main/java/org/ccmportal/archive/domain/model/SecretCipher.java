package org.ccmportal.archive.domain.model;

/** Encrypts secrets kept at rest (AES-256 PBE with the master key from the environment). */
public interface SecretCipher {

  String encrypt(String plain);

  String decrypt(String encrypted);
}
