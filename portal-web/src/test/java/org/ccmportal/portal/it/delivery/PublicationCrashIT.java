package org.ccmportal.portal.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.ccmportal.portal.it.Api;
import org.ccmportal.portal.it.CrashServer;
import org.ccmportal.portal.it.Database;
import org.ccmportal.portal.it.Mailbox;
import org.ccmportal.portal.it.SyntheticCustomers;
import org.ccmportal.portal.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A publication to {@code crash.recipients} customers (10,000 unless told otherwise) survives a
 * SIGKILL of the server in the middle of its run: after the restart every recipient has exactly one
 * document, and exactly one notice on each channel they chose (every 10th recipient chose email,
 * every 25th SMS; the others get a letter, queued once for the daily print batch). Email has no
 * idempotency of its own: a notice sent again after a kill between the mail server's answer and the
 * commit carries the same Message-ID (the delivery's idempotency key), so it is the same message;
 * the test counts distinct Message-IDs and reports any repeat. The SMS gateway takes the key as its
 * reference and sends once.
 */
class PublicationCrashIT {
  static final int RECIPIENTS = Integer.getInteger("crash.recipients", 10_000);
  // (CI runs 500: see portal-web/pom.xml, crash-tests execution)
  static final int EMAIL_EVERY = 10;
  static final int SMS_EVERY = 25;
  static final String BASE = "/api/v1/publications";

  @Test
  void everyRecipientGetsOneDocumentAndOneNoticePerChannelDespiteAKill() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String prefix = "PCR-" + run + "-";
    Map<String, String> emails = new HashMap<>();
    Map<String, String> mobiles = new HashMap<>();

    try (CrashServer server = new CrashServer("publication-crash-server")) {
      // first the server: on a new database its start creates the schema
      server.start(1);
      long setupStart = System.nanoTime();
      SyntheticCustomers.create(prefix, RECIPIENTS, EMAIL_EVERY, SMS_EVERY, emails, mobiles);
      System.out.printf(
          "publication crash: %d recipients (%d email, %d SMS) set up in %d ms%n",
          RECIPIENTS, emails.size(), mobiles.size(), (System.nanoTime() - setupStart) / 1_000_000);
      String paula = Tokens.user("paula", "paula-demo-pw");
      String body = SyntheticCustomers.notice(paula, prefix, RECIPIENTS);
      HttpResponse<String> created = Api.post(BASE, paula, body);
      assertEquals(201, created.statusCode(), created.body());
      long id = Api.json(created).getJsonNumber("id").longValue();
      assertEquals(200, Api.post(BASE + "/" + id + "/submit", paula, "").statusCode());
      long approvedAt = System.nanoTime();
      HttpResponse<String> approved =
          Api.post(BASE + "/" + id + "/approve", Tokens.user("arthur", "arthur-demo-pw"), "");
      assertEquals(200, approved.statusCode(), approved.body());

      int killAfter = Math.max(20, RECIPIENTS / 10);
      JsonObject before =
          await(
              id, 600, v -> documents(v) >= killAfter || "COMPLETED".equals(v.getString("state")));
      assertEquals("RUNNING", before.getString("state"), "cut off mid-run: " + before);
      server.kill();
      long documentsAtKill = Database.count(documentsSql(), prefix + "%");
      System.out.printf(
          "publication crash: killed %d ms after approval with %d of %d documents committed%n",
          (System.nanoTime() - approvedAt) / 1_000_000, documentsAtKill, RECIPIENTS);

      long restartedAt = System.nanoTime();
      server.start(2);
      JsonObject done = await(id, 3600, v -> "COMPLETED".equals(v.getString("state")));
      System.out.printf(
          "publication crash: completed %d ms after the restart began%n",
          (System.nanoTime() - restartedAt) / 1_000_000);
      assertEquals(RECIPIENTS, done.getJsonObject("counts").getInt("documentsRendered"));
      assertEquals(0, done.getJsonObject("counts").getInt("failed"));

      // exactly one document per recipient
      assertEquals(RECIPIENTS, Database.count(documentsSql(), prefix + "%"));
      assertEquals(
          RECIPIENTS,
          Database.count(
              "select count(distinct customer_id) from vault.document where customer_id like ?",
              prefix + "%"));

      // every chosen channel delivered, once
      awaitOutbox(prefix, 3600);
      awaitDeliveries(prefix, emails.size() + mobiles.size(), 3600);
      assertEquals(emails.size(), items(prefix, "EMAIL"), "one email item per email recipient");
      assertEquals(mobiles.size(), items(prefix, "SMS"), "one SMS item per SMS recipient");
      // the others get a letter: queued once for the daily print batch
      assertEquals(RECIPIENTS - emails.size(), items(prefix, "PRINT"), "one print item each");
      assertEquals(
          RECIPIENTS - emails.size(),
          Database.count(
              "select count(*) from vault.delivery_item where customer_id like ?"
                  + " and channel = 'PRINT' and status = 'QUEUED'",
              prefix + "%"),
          "letters wait for the print batch");
      System.out.printf(
          "publication crash: every notice sent %d ms after the restart began%n",
          (System.nanoTime() - restartedAt) / 1_000_000);
    }

    int repeats = 0;
    for (String address : emails.values()) {
      List<Mailbox.Mail> mails = Mailbox.messages(address);
      Set<String> ids = new HashSet<>();
      for (Mailbox.Mail mail : mails) {
        ids.add(mail.headers().get("Message-ID"));
      }
      assertEquals(1, ids.size(), address + " got " + ids);
      repeats += mails.size() - 1;
    }
    System.out.printf(
        "publication crash: %d emails, %d resent with the same Message-ID%n",
        emails.size(), repeats);
    for (Map.Entry<String, String> mobile : mobiles.entrySet()) {
      String reference =
          Database.string("select id from vault.document where customer_id = ?", mobile.getKey())
              + ":SMS";
      assertEquals(
          1,
          SmsSinkClient.messagesTo(mobile.getValue()).stream()
              .filter(m -> m.getString("reference").equals(reference))
              .count(),
          mobile.getValue() + " got the SMS of " + reference + " once");
    }
  }

  private static String documentsSql() {
    return "select count(*) from vault.document where customer_id like ?";
  }

  private static long items(String prefix, String channel) throws Exception {
    return Database.count(
        "select count(*) from vault.delivery_item where customer_id like ? and channel = ?",
        prefix + "%",
        channel);
  }

  /** Waits until every outbox item of these documents is done (archived, delivery planned). */
  private static void awaitOutbox(String prefix, int seconds) throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000L;
    long pending;
    do {
      pending =
          Database.count(
              "select count(*) from vault.outbox o join vault.document d on d.id = o.document_id"
                  + " where d.customer_id like ? and o.status <> 'DONE'",
              prefix + "%");
      if (pending == 0) {
        return;
      }
      Thread.sleep(1000);
    } while (System.currentTimeMillis() < end);
    throw new AssertionError(pending + " outbox items not done");
  }

  private static void awaitDeliveries(String prefix, int expected, int seconds) throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000L;
    long sent;
    do {
      sent =
          Database.count(
              "select count(*) from vault.delivery_item where customer_id like ?"
                  + " and channel in ('EMAIL', 'SMS') and status = 'SENT'",
              prefix + "%");
      if (sent >= expected) {
        return;
      }
      Thread.sleep(1000);
    } while (System.currentTimeMillis() < end);
    throw new AssertionError("only " + sent + " of " + expected + " notices sent");
  }

  private static int documents(JsonObject view) {
    return view.getJsonObject("counts").getInt("documentsRendered");
  }

  private static JsonObject await(long id, int seconds, Predicate<JsonObject> condition)
      throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000L;
    String token = Tokens.user("paula", "paula-demo-pw");
    long tokenAt = System.currentTimeMillis();
    while (true) {
      if (System.currentTimeMillis() - tokenAt > 120_000) {
        token = Tokens.user("paula", "paula-demo-pw");
        tokenAt = System.currentTimeMillis();
      }
      HttpResponse<String> response = Api.get(BASE + "/" + id, token);
      assertEquals(200, response.statusCode(), response.body());
      JsonObject view = Api.json(response);
      if (condition.test(view)) {
        return view;
      }
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("timed out after " + seconds + " s: " + view);
      }
      Thread.sleep(500);
    }
  }
}
