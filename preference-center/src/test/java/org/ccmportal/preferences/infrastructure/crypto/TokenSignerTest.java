package org.ccmportal.preferences.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.domain.model.CustomerId;
import org.ccmportal.preferences.domain.model.UnsubscribeToken;
import org.ccmportal.preferences.domain.model.VerificationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Signed link tokens: accepted as issued, refused after any change. */
class TokenSignerTest {
  private final TokenSigner signer = TokenSigner.with(MasterKey.of("unit-test-master-key-0123"));

  @Test
  void aSignedTokenVerifiesToItsPayload() {
    UnsubscribeToken t =
        UnsubscribeToken.issue(new CustomerId("C-1001"), ConsentPurpose.MARKETING_EMAIL);
    String token = signer.sign(t.payload());
    assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "URL-safe: " + token);
    UnsubscribeToken back = signer.verify(token).flatMap(UnsubscribeToken::parse).orElseThrow();
    assertEquals(t, back);
  }

  @Test
  void everyIssuedTokenHasItsOwnNonce() {
    CustomerId c = new CustomerId("C-1001");
    assertNotEquals(
        UnsubscribeToken.issue(c, ConsentPurpose.MARKETING_EMAIL).nonce(),
        UnsubscribeToken.issue(c, ConsentPurpose.MARKETING_EMAIL).nonce());
  }

  @Test
  void aTokenWithAnotherCustomerOrPurposeInItsPayloadIsRefused() {
    UnsubscribeToken t =
        UnsubscribeToken.issue(new CustomerId("C-1001"), ConsentPurpose.MARKETING_EMAIL);
    String token = signer.sign(t.payload());
    String mac = token.substring(token.indexOf('.'));
    String forged =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(t.payload().replace("C-1001", "C-1002").getBytes())
            + mac;
    assertTrue(signer.verify(forged).isEmpty());
    String otherPurpose =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(t.payload().replace("MARKETING_EMAIL", "MARKETING_SMS").getBytes())
            + mac;
    assertTrue(signer.verify(otherPurpose).isEmpty());
  }

  @Test
  void everySingleCharacterChangeIsRefused() {
    String token = signer.sign("unsubscribe.v1|C-1001|MARKETING_EMAIL|AAAAAAAAAAAAAAAAAAAAAA");
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      char other = c == 'A' ? 'B' : 'A';
      String changed = token.substring(0, i) + other + token.substring(i + 1);
      assertTrue(signer.verify(changed).isEmpty(), "changed at " + i);
    }
  }

  @Test
  void aTokenOfAnotherKeyIsRefused() {
    String token = TokenSigner.with(MasterKey.of("another-master-key-0123")).sign("x");
    assertTrue(signer.verify(token).isEmpty());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {".", "abc", "abc.", ".abc", "a.b.c", "!!!.???", "YWJj.%%%"})
  void malformedTokensAreRefused(String token) {
    assertTrue(signer.verify(token).isEmpty());
  }

  @Test
  void aVerificationTokenIsNotAnUnsubscribeToken() {
    String payload = VerificationToken.issue(42, new CustomerId("C-1001"), Instant.EPOCH).payload();
    assertTrue(UnsubscribeToken.parse(payload).isEmpty());
    assertTrue(VerificationToken.parse(payload).isPresent());
  }

  @Test
  void aVerificationTokenExpiresAfter24Hours() {
    Instant sent = Instant.parse("2026-01-01T10:00:00Z");
    VerificationToken t = VerificationToken.issue(42, new CustomerId("C-1001"), sent);
    VerificationToken back =
        signer.verify(signer.sign(t.payload())).flatMap(VerificationToken::parse).orElseThrow();
    assertFalse(back.expired(sent.plusSeconds(24 * 3600 - 1)));
    assertTrue(back.expired(sent.plusSeconds(24 * 3600)));
  }
}
