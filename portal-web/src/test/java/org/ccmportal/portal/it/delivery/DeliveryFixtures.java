package org.ccmportal.portal.it.delivery;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.infrastructure.crypto.FieldEncryptor;
import org.ccmportal.preferences.infrastructure.crypto.LookupHash;
import org.ccmportal.preferences.infrastructure.crypto.MasterKey;

/**
 * Customers of the delivery tests, set up in the preference center's tables as its own code stores
 * them (values encrypted with the server's key, looked up by keyed hash): a synthetic customer per
 * test, so tests never share state.
 */
public final class DeliveryFixtures {
  private static final SecureRandom RANDOM = new SecureRandom();

  private DeliveryFixtures() {}

  public static String newCustomer() {
    byte[] b = new byte[5];
    RANDOM.nextBytes(b);
    return "C-DLV-" + HexFormat.of().formatHex(b);
  }

  public static String newMobile() {
    return "+4477009" + (10000 + RANDOM.nextInt(89999)) + (RANDOM.nextInt(9) + 1);
  }

  /** A verified contact point (SMS number or postal address with lines separated by newlines). */
  public static void verifiedContact(String customerId, ContactKind kind, String value)
      throws SQLException {
    Instant now = Instant.now();
    Database.update(
        "insert into preferences.contact_point"
            + " (customer_id, kind, value, value_hash, verified_at, created_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        customerId,
        kind.name(),
        FieldEncryptor.get().encrypt(value),
        LookupHash.with(MasterKey.fromEnvironment()).hash(kind, value),
        java.sql.Timestamp.from(now),
        java.sql.Timestamp.from(now));
  }

  /** Turns one cell of the customer's channel matrix on. */
  public static void choose(String customerId, String category, String channel)
      throws SQLException {
    java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
    Database.update(
        "insert into preferences.preference_set (customer_id, version, created_at, updated_at)"
            + " values (?, 1, ?, ?) on conflict (customer_id) do nothing",
        customerId,
        now,
        now);
    long set =
        Long.parseLong(
            Database.string(
                "select id from preferences.preference_set where customer_id = ?", customerId));
    Database.update(
        "insert into preferences.channel_preference (preference_set_id, category, channel, enabled)"
            + " values (?, ?, ?, true)",
        set,
        category,
        channel);
  }

  /** Starts a print run as staff: 201 when it ended within the call, 202 when it goes on. */
  public static void runPrintBatch(String token) throws Exception {
    HttpResponse<String> run = Api.post("/api/v1/print-batches", token, "");
    if (run.statusCode() != 201 && run.statusCode() != 202) {
      throw new AssertionError("print run: HTTP " + run.statusCode() + " " + run.body());
    }
  }

  /** The status of a document's delivery item on a channel, waiting until it is {@code wanted}. */
  public static String awaitItem(String documentId, String channel, String wanted, long timeoutMs)
      throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMs;
    String status;
    do {
      status = item(documentId, channel, "status");
      if (wanted.equals(status)) {
        return status;
      }
      Thread.sleep(250);
    } while (System.currentTimeMillis() < deadline);
    return status;
  }

  /** One column of the document's delivery item on the channel, or null when there is none. */
  public static String item(String documentId, String channel, String column) throws SQLException {
    return Database.string(
        "select "
            + column
            + " from vault.delivery_item where document_id = ?::uuid and channel = ?",
        documentId,
        channel);
  }
}
