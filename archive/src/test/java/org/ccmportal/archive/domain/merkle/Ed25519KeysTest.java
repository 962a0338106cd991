package org.ccmportal.archive.domain.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Ed25519 keys against RFC 8032 section 7.1 test 1, and the PKCS#8 / PEM round trips. */
class Ed25519KeysTest {

  private static final HexFormat HEX = HexFormat.of();
  private static final String SEED =
      "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
  private static final String PUBLIC =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
  private static final String SIGNATURE_OF_EMPTY =
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

  @Test
  void derivesThePublicKeyOfAPkcs8PrivateKeyAndSignsAsRfc8032() {
    KeyPair pair = Ed25519Keys.fromPkcs8(HEX.parseHex("302e020100300506032b657004220420" + SEED));
    assertEquals("302a300506032b6570032100" + PUBLIC, HEX.formatHex(pair.getPublic().getEncoded()));
    assertEquals(
        SIGNATURE_OF_EMPTY, HEX.formatHex(Ed25519Keys.sign(pair.getPrivate(), new byte[0])));
    assertTrue(Ed25519Keys.verify(pair.getPublic(), new byte[0], HEX.parseHex(SIGNATURE_OF_EMPTY)));
    assertFalse(
        Ed25519Keys.verify(pair.getPublic(), new byte[1], HEX.parseHex(SIGNATURE_OF_EMPTY)));
  }

  @Test
  void generatedKeyRoundTripsThroughPkcs8AndPem() {
    KeyPair pair = Ed25519Keys.generate();
    KeyPair again = Ed25519Keys.fromPkcs8(pair.getPrivate().getEncoded());
    assertArrayEquals(pair.getPublic().getEncoded(), again.getPublic().getEncoded());
    String pem = Ed25519Keys.toPem(pair.getPublic());
    assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), pem);
    assertArrayEquals(pair.getPublic().getEncoded(), Ed25519Keys.fromPem(pem).getEncoded());
    assertEquals(64, Ed25519Keys.keyId(pair.getPublic()).length());
  }

  @Test
  void refusesWhatIsNotAnEd25519Key() {
    assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.fromPkcs8(new byte[] {1, 2}));
    assertThrows(IllegalArgumentException.class, () -> Ed25519Keys.fromPem("not a key"));
  }
}
