package org.ccmportal.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.ccmportal.preferences.infrastructure.crypto.FieldEncryptor;
import org.ccmportal.preferences.infrastructure.crypto.LookupHash;
import org.ccmportal.preferences.infrastructure.crypto.MasterKey;

/** Many synthetic customers at once, for crash tests and benchmarks. */
public final class SyntheticCustomers {
  private SyntheticCustomers() {}

  /**
   * The body of {@code POST /api/v1/publications} for a regulatory notice ("Changes to our terms",
   * the demo's approved {@code notice} template) to customers {@code <prefix>1..<count>}, as the
   * publisher with {@code publisherToken} would send it.
   */
  public static String notice(String publisherToken, String prefix, int count) throws Exception {
    JsonArrayBuilder audience = Json.createArrayBuilder();
    for (int i = 1; i <= count; i++) {
      audience.add(prefix + i);
    }
    return Json.createObjectBuilder()
        .add("title", "Changes to our terms")
        .add("documentType", "REGULATORY_NOTICE")
        .add("templateVersion", Api.approvedVersion(publisherToken, "notice"))
        .add("audience", audience)
        .build()
        .toString();
  }

  /**
   * Customers {@code <prefix>1..<count>} as the customer system and the preference center would
   * have them: paperless consent for all; a verified email and the email channel for regulatory
   * notices for every {@code emailEvery}-th (the others have a verified postal address instead, so
   * legally required documents go to print for them), a verified mobile and SMS for every {@code
   * smsEvery}-th (0: none). Written straight to the database in batches: thousands through the API
   * would test the API, not what the caller measures. Fills {@code emails} and {@code mobiles}
   * (customer id to address).
   */
  public static void create(
      String prefix,
      int count,
      int emailEvery,
      int smsEvery,
      Map<String, String> emails,
      Map<String, String> mobiles)
      throws Exception {
    FieldEncryptor encryptor = FieldEncryptor.get();
    String block = String.format("%03d", new java.security.SecureRandom().nextInt(1000));
    LookupHash hash = LookupHash.with(MasterKey.fromEnvironment());
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c =
        DriverManager.getConnection(Stack.DB_URL, Stack.DB_USER, Stack.DB_PASSWORD)) {
      c.setAutoCommit(false);
      try (PreparedStatement consent =
              c.prepareStatement(
                  "insert into preferences.consent_record (customer_id, purpose, decision,"
                      + " text_version, text_sha256, recorded_at, method, actor)"
                      + " values (?, 'PAPERLESS', 'GRANTED', 1, repeat('a', 64), ?, 'API', 'it')");
          PreparedStatement contact =
              c.prepareStatement(
                  "insert into preferences.contact_point"
                      + " (customer_id, kind, value, value_hash, verified_at, created_at)"
                      + " values (?, ?, ?, ?, ?, ?)");
          PreparedStatement set =
              c.prepareStatement(
                  "insert into preferences.preference_set (customer_id, version, created_at,"
                      + " updated_at) values (?, 1, ?, ?)");
          PreparedStatement cell =
              c.prepareStatement(
                  "insert into preferences.channel_preference (preference_set_id, category,"
                      + " channel, enabled) select id, 'REGULATORY_NOTICES', ?, true"
                      + " from preferences.preference_set where customer_id = ?")) {
        for (int i = 1; i <= count; i++) {
          String customer = prefix + i;
          consent.setString(1, customer);
          consent.setTimestamp(2, now);
          consent.addBatch();
          boolean email = emailEvery > 0 && i % emailEvery == 0;
          boolean sms = smsEvery > 0 && i % smsEvery == 0;
          if (email || sms) {
            set.setString(1, customer);
            set.setTimestamp(2, now);
            set.setTimestamp(3, now);
            set.executeUpdate();
          }
          if (email) {
            String address = customer.toLowerCase() + "@example.com";
            emails.put(customer, address);
            contact(contact, encryptor, hash, customer, ContactKind.EMAIL, address, now);
            cell.setString(1, "EMAIL");
            cell.setString(2, customer);
            cell.addBatch();
          }
          if (!email) {
            contact(
                contact,
                encryptor,
                hash,
                customer,
                ContactKind.POSTAL,
                "Customer " + i + "\n" + i + " Synthetic Street\nTesttown TT1 1TT",
                now);
          }
          if (sms) {
            // +44 7 <block of this call> <n>: numbers of different calls never meet at the gateway
            String mobile = "+447" + block + String.format("%06d", i);
            mobiles.put(customer, mobile);
            contact(contact, encryptor, hash, customer, ContactKind.SMS, mobile, now);
            cell.setString(1, "SMS");
            cell.setString(2, customer);
            cell.addBatch();
          }
          if (i % 1000 == 0) {
            consent.executeBatch();
            contact.executeBatch();
            cell.executeBatch();
          }
        }
        consent.executeBatch();
        contact.executeBatch();
        cell.executeBatch();
      }
      c.commit();
    }
  }

  private static void contact(
      PreparedStatement contact,
      FieldEncryptor encryptor,
      LookupHash hash,
      String customer,
      ContactKind kind,
      String value,
      Timestamp now)
      throws Exception {
    contact.setString(1, customer);
    contact.setString(2, kind.name());
    contact.setString(3, encryptor.encrypt(value));
    contact.setString(4, hash.hash(kind, value));
    contact.setTimestamp(5, now);
    contact.setTimestamp(6, now);
    contact.addBatch();
  }
}
