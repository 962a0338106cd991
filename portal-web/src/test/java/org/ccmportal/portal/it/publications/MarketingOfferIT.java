package org.ccmportal.portal.it.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Mailbox;
import org.ccmportal.portal.it.Stack;
import org.ccmportal.portal.it.Tokens;
import org.ccmportal.portal.it.delivery.DeliveryFixtures;
import org.ccmportal.preferences.domain.model.ContactKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A marketing offer published to three customers: the one who agreed to offers by email gets the
 * document and an email with the one-click unsubscribe headers of RFC 8058; the one who did not
 * agree and the one under a marketing hold (an open complaint) are skipped, and the figures say
 * why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketingOfferIT {
  static final String BASE = "/api/v1/publications";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, Stack.war());
  }

  @Test
  void anOfferReachesOnlyConsentingCustomersWithUnsubscribeHeaders() throws Exception {
    String paula = Tokens.user("paula", "paula-demo-pw");
    String arthur = Tokens.user("arthur", "arthur-demo-pw");
    String consenting = DeliveryFixtures.newCustomer();
    String notAsked = DeliveryFixtures.newCustomer();
    String onHold = DeliveryFixtures.newCustomer();
    String address = consenting.toLowerCase() + "@example.com";
    DeliveryFixtures.verifiedContact(consenting, ContactKind.EMAIL, address);
    DeliveryFixtures.verifiedContact(
        notAsked, ContactKind.EMAIL, notAsked.toLowerCase() + "@example.com");
    for (String customer : List.of(consenting, onHold)) {
      grantMarketingEmail(customer);
      DeliveryFixtures.choose(customer, "MARKETING", "EMAIL");
    }
    Database.update(
        "insert into vault.marketing_hold (customer_id, reason, placed_by, placed_at)"
            + " values (?, 'open complaint', 'it', now())",
        onHold);

    HttpResponse<String> created =
        Api.post(
            BASE,
            paula,
            """
            {"title":"Savings offer","documentType":"MARKETING_OFFER","templateVersion":%d,
             "audience":["%s","%s","%s"]}
            """
                .formatted(
                    Api.approvedVersion(paula, "marketing-offer"), consenting, notAsked, onHold));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("MARKETING", Api.json(created).getString("category"));
    long id = Api.json(created).getJsonNumber("id").longValue();
    assertEquals(200, Api.post(BASE + "/" + id + "/submit", paula, "").statusCode());
    HttpResponse<String> approved = Api.post(BASE + "/" + id + "/approve", arthur, "");
    assertEquals(200, approved.statusCode(), approved.body());

    JsonObject done = awaitState(paula, id, "COMPLETED", 180);
    JsonObject counts = done.getJsonObject("counts");
    assertEquals(3, counts.getInt("recipients"));
    assertEquals(1, counts.getInt("documentsRendered"));
    assertEquals(
        1, counts.getJsonObject("skipped").getInt("NO_MARKETING_CONSENT"), counts.toString());
    assertEquals(1, counts.getJsonObject("skipped").getInt("MARKETING_HOLD"), counts.toString());
    assertEquals(1, documents(consenting));
    assertEquals(0, documents(notAsked));
    assertEquals(0, documents(onHold));
    assertEquals(
        "MARKETING_OFFER",
        Database.string(
            "select document_type from vault.document where customer_id = ?", consenting));

    List<Mailbox.Mail> mails = Mailbox.awaitMore(address, 0, 120_000);
    assertEquals(1, mails.size(), "one email");
    Mailbox.Mail mail = mails.get(0);
    assertEquals("A new offer is in your secure inbox", mail.subject());
    String unsubscribe = mail.headers().get("List-Unsubscribe");
    assertNotNull(unsubscribe, mail.headers().toString());
    assertTrue(unsubscribe.matches("<https?://\\S+/unsubscribe/[A-Za-z0-9_.-]+>"), unsubscribe);
    assertEquals("List-Unsubscribe=One-Click", mail.headers().get("List-Unsubscribe-Post"));
    assertTrue(
        mail.body().contains(unsubscribe.substring(1, unsubscribe.length() - 1)),
        "the link is in the body too");
    assertTrue(
        !mail.body().contains("Savings offer") && !mail.body().contains(consenting),
        "no personal data");
    assertEquals(0, Mailbox.messages(notAsked.toLowerCase() + "@example.com").size());
  }

  private static void grantMarketingEmail(String customer) throws Exception {
    Database.update(
        "insert into preferences.consent_record (customer_id, purpose, decision, text_version,"
            + " text_sha256, recorded_at, method, actor) values (?, 'MARKETING_EMAIL', 'GRANTED', 1,"
            + " repeat('a', 64), ?, 'API', 'it')",
        customer,
        java.sql.Timestamp.from(Instant.now()));
  }

  private static long documents(String customer) throws Exception {
    return Database.count("select count(*) from vault.document where customer_id = ?", customer);
  }

  private static JsonObject awaitState(String token, long id, String state, int seconds)
      throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    JsonObject view;
    do {
      view = Api.json(Api.get(BASE + "/" + id, token));
      if (state.equals(view.getString("state"))) {
        return view;
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("publication " + id + " did not become " + state + ": " + view);
  }
}
