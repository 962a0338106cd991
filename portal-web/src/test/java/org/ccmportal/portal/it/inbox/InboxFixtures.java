package org.ccmportal.portal.it.inbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Stack;

/** Publishes documents for the inbox tests and moves their issue date, as a test fixture. */
final class InboxFixtures {
  private InboxFixtures() {}

  /** Publishes one document through the real API and returns its id. */
  static String publish(String token, String customer, String type, String title) throws Exception {
    String reference = Api.uniqueReference("it-inbox");
    String body =
        "STATEMENT".equals(type)
            ? Api.statement(customer, reference, title)
            : """
              {"customerId":"%s","documentType":"REGULATORY_NOTICE","externalReference":"%s",
               "title":"%s","data":{"customerName":"Test Customer","addressLines":["1 Test Street"],
               "title":"Changes to your terms","effectiveDate":"2026-03-01",
               "paragraphs":["The terms change."]}}
              """
                .formatted(customer, reference, title);
    var response = Api.post("/api/v1/communications", token, body);
    if (response.statusCode() != 201) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
    return Api.json(response).getString("documentId");
  }

  /** Sets the issue date of a document (to place it in a date range or outside the window). */
  static void issuedAt(String documentId, Instant issuedAt) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(Stack.DB_URL, Stack.DB_USER, Stack.DB_PASSWORD);
        PreparedStatement ps =
            c.prepareStatement("update vault.document set issued_at = ? where id = ?::uuid")) {
      ps.setObject(1, java.sql.Timestamp.from(issuedAt));
      ps.setString(2, documentId);
      if (ps.executeUpdate() != 1) {
        throw new AssertionError("no document " + documentId);
      }
    }
  }
}
