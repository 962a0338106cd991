package org.ccmportal.archive.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ObjectKeyTest {

  private static final String ABC_SHA256 =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void keyIsDerivedFromTheContentDigest() {
    Sha256 sha = Sha256.of("abc".getBytes(StandardCharsets.US_ASCII));
    assertEquals(ABC_SHA256, sha.hex());
    ObjectKey key = ObjectKey.forContent(sha);
    assertEquals("records/ba/" + ABC_SHA256, key.value());
    assertEquals(sha, key.contentSha256());
  }

  @Test
  void refusesAnythingElse() {
    for (String bad :
        new String[] {
          "records/bb/" + ABC_SHA256,
          "records/ba/../" + ABC_SHA256,
          "records/BA/" + ABC_SHA256.toUpperCase(),
          "other/ba/" + ABC_SHA256,
          "records/ba/" + ABC_SHA256 + "/x",
          "customer-42/statement.pdf"
        }) {
      assertThrows(IllegalArgumentException.class, () -> new ObjectKey(bad), bad);
    }
  }

  @Test
  void parsesCallerDigestsInEitherCaseAndNamesTheField() {
    assertEquals(ABC_SHA256, Sha256.parse("dataSha256", ABC_SHA256.toUpperCase()).hex());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Sha256.parse("dataSha256", "abc"));
    assertEquals("dataSha256: expected a SHA-256 as 64 hex digits", e.getMessage());
  }
}
