package org.ccmportal.vault.domain.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.ccmportal.preferences.api.Channel;
import org.junit.jupiter.api.Test;

class DeliveryKeysTest {
  static final UUID DOC = UUID.fromString("5f0c6f8e-1111-4c3a-9a55-000000000001");

  @Test
  void aDocumentsKeyIsItsIdAndTheChannel() {
    assertEquals(DOC + ":SMS", DeliveryKeys.of(DOC, Channel.SMS));
    assertEquals(DOC + ":EMAIL", DeliveryKeys.of(DOC, Channel.EMAIL));
    assertNotEquals(DeliveryKeys.of(DOC, Channel.SMS), DeliveryKeys.of(DOC, Channel.PRINT));
  }

  @Test
  void aPublicationsKeyIsPerRecipientAndChannel() {
    UUID publication = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    assertEquals(
        publication + ":C-1001:EMAIL", DeliveryKeys.of(publication, "C-1001", Channel.EMAIL));
    assertNotEquals(
        DeliveryKeys.of(publication, "C-1001", Channel.EMAIL),
        DeliveryKeys.of(publication, "C-1002", Channel.EMAIL));
    assertThrows(
        IllegalArgumentException.class,
        () -> DeliveryKeys.of(publication, "C:1001", Channel.EMAIL));
  }

  @Test
  void thePortalNeedsNoKeyBecauseNothingIsSent() {
    assertThrows(IllegalArgumentException.class, () -> DeliveryKeys.of(DOC, Channel.PORTAL));
  }

  @Test
  void theMessageIdIsStablePerKeyAndDiffersBetweenKeys() {
    String id = DeliveryKeys.messageId(DOC + ":EMAIL");
    assertEquals(id, DeliveryKeys.messageId(DOC + ":EMAIL"));
    // <32 hex digits@ccm-portal>: what the V8 migration computes in SQL for existing items
    assertEquals(true, id.matches("<[0-9a-f]{32}@ccm-portal>"), id);
    assertEquals(false, id.equals(DeliveryKeys.messageId(DOC + ":SMS")));
    // SHA-256("abc") starts ba7816bf8f01cfea414140de5dae2223
    assertEquals("<ba7816bf8f01cfea414140de5dae2223@ccm-portal>", DeliveryKeys.messageId("abc"));
  }
}
