package org.ccmportal.preferences.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.ccmportal.preferences.api.ChangeMethod;
import org.ccmportal.preferences.api.ChangedBy;
import org.ccmportal.preferences.api.ConsentDecision;
import org.ccmportal.preferences.api.ConsentEntry;
import org.ccmportal.preferences.api.ConsentPurpose;
import org.ccmportal.preferences.api.ConsentText;
import org.ccmportal.preferences.api.InvalidChangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The current consent is the latest record per purpose; texts are versioned and hashed. */
class ConsentLedgerTest {

  private static ConsentEntry e(long id, ConsentPurpose p, ConsentDecision d) {
    return new ConsentEntry(
        id, "C-1", p, d, 1, "0".repeat(64), Instant.EPOCH, ChangeMethod.API, "ann", null);
  }

  @Test
  void theLatestRecordPerPurposeDecides() {
    List<ConsentEntry> history =
        List.of(
            e(1, ConsentPurpose.MARKETING_EMAIL, ConsentDecision.GRANTED),
            e(2, ConsentPurpose.MARKETING_SMS, ConsentDecision.GRANTED),
            e(3, ConsentPurpose.MARKETING_EMAIL, ConsentDecision.WITHDRAWN));
    assertEquals(Set.of(ConsentPurpose.MARKETING_SMS), ConsentLedger.granted(history));
    assertEquals(3, ConsentLedger.current(history).get(ConsentPurpose.MARKETING_EMAIL).id());
    assertNull(ConsentLedger.current(history).get(ConsentPurpose.PAPERLESS));
    assertEquals(Set.of(), ConsentLedger.granted(List.of()), "nothing is granted by default");
  }

  @ParameterizedTest
  @EnumSource(ConsentPurpose.class)
  void everyPurposeHasAVersionedTextWithItsSha256(ConsentPurpose purpose) throws Exception {
    ConsentText text = ConsentTexts.current(purpose);
    assertTrue(text.version() >= 1);
    assertEquals(
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(text.text().getBytes(StandardCharsets.UTF_8))),
        text.sha256());
    assertEquals(text, ConsentTexts.version(purpose, text.version()).orElseThrow());
    assertTrue(ConsentTexts.version(purpose, 0).isEmpty());
    assertTrue(ConsentTexts.version(purpose, text.version() + 1).isEmpty());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void staffMustGiveAReason(String reason) {
    InvalidChangeException e =
        assertThrows(InvalidChangeException.class, () -> ChangedBy.staff("adam", reason));
    assertEquals("reason", e.field());
  }

  @Test
  void aStaffReasonIsKeptTrimmed() {
    assertEquals("customer called", ChangedBy.staff("adam", "  customer called ").reason());
    assertThrows(InvalidChangeException.class, () -> ChangedBy.staff("adam", "x".repeat(501)));
  }
}
